package org.octopusdesk.report.donor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.time.LocalDate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.contributions.EuroEstimate;
import org.octopusdesk.service.donors.DonorService;

/**
 * Builds the donor report: for one donor or all, over a period, each contribution with its earmarks, pledge,
 * receipts and what is still expected, each payment with its stored conversion, totals by project and currency,
 * the projects funded with their progress, receipts by year, and the notes recorded with the data.
 */
public final class DonorReportBuilder {

    /** Donors a summary chart names one by one; the rest are added up as "other donors". */
    private static final int CHART_DONORS = 7;

    private final ContributionService contributions;
    private final DonorService donors;
    private final ProjectService projects;
    private final Clock clock;

    public DonorReportBuilder(ContributionService contributions, DonorService donors, ProjectService projects,
            Clock clock) {
        this.contributions = contributions;
        this.donors = donors;
        this.projects = projects;
        this.clock = clock;
    }

    public ReportDocument build(DonorReportRequest request, ReportProgress progress) {
        return build(request, DonorReportData.read(request, contributions, donors, progress), progress);
    }

    /** The report, unless no contribution was agreed or paid in its period: for batches of one file per donor. */
    public java.util.Optional<ReportDocument> buildIfAny(DonorReportRequest request, ReportProgress progress) {
        List<DonorSection> sections = DonorReportData.read(request, contributions, donors, progress);
        return sections.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(build(request, sections, progress));
    }

    private ReportDocument build(DonorReportRequest request, List<DonorSection> sections, ReportProgress progress) {
        ReportWords words = new ReportWords(Messages.forLanguage(request.language()), clock.getZone());
        Map<ProjectId, Project> projectsById = projects.list().stream()
                .collect(Collectors.toMap(Project::id, Function.identity()));
        java.util.function.Function<Money, EuroEstimate> estimate = contributions.estimator(request.asOf());
        ContributionFigures.Estimator estimator = (outstanding, asOf) -> outstanding.amount().signum() == 0
                ? new EuroEstimate(BigDecimal.ZERO.setScale(2), asOf, asOf, List.of(), false)
                : estimate.apply(outstanding);
        Map<DonorSection, List<ContributionFigures>> figures = new LinkedHashMap<>();
        for (DonorSection section : sections) {
            progress.checkNotCancelled();
            figures.put(section, section.contributions().stream()
                    .map(details -> ContributionFigures.of(details, request, estimator)).toList());
        }
        List<Block> blocks = new ArrayList<>();
        if (sections.isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.donor.empty")));
        } else if (request.allDonors()) {
            blocks.addAll(summary(words, figures, request));
        }
        DonorSectionBlocks sectionBlocks = new DonorSectionBlocks(words, request, projectsById);
        figures.forEach((section, each) -> {
            if (request.allDonors()) {
                blocks.add(new Block.PageBreak());
            }
            blocks.add(new Block.Heading(section.donor().name(), 1));
            blocks.addAll(sectionBlocks.blocks(section, each));
        });
        blocks.addAll(aboutTheFigures(words, figures.values().stream().flatMap(List::stream).toList(), request));
        Instant now = clock.instant();
        return new ReportDocument(words.text("report.donor.title"), subject(words, request),
                words.language(), cover(words, request), blocks, words.labels(now, request.asOf()), now,
                request.asOf());
    }

    private String subject(ReportWords words, DonorReportRequest request) {
        String who = request.allDonors() ? words.text("report.donor.allDonors") : donors.get(request.donor()).name();
        return who + ", " + words.period(request.from(), request.to());
    }

    private List<ReportDocument.CoverField> cover(ReportWords words, DonorReportRequest request) {
        List<ReportDocument.CoverField> cover = new ArrayList<>();
        cover.add(new ReportDocument.CoverField(words.text("report.cover.donor"), request.allDonors()
                ? words.text("report.donor.allDonors") : donors.get(request.donor()).name()));
        cover.add(new ReportDocument.CoverField(words.text("report.cover.project"), request.project() == null
                ? words.text("report.allProjects") : projectName(request.project())));
        cover.add(new ReportDocument.CoverField(words.text("report.cover.period"),
                words.period(request.from(), request.to())));
        cover.add(new ReportDocument.CoverField(words.text("report.cover.asOf"), words.date(request.asOf())));
        cover.add(new ReportDocument.CoverField(words.text("report.cover.language"),
                words.text("language." + words.language())));
        return cover;
    }

    private String projectName(ProjectId id) {
        Project project = projects.get(id);
        return project.code() + " \u2013 " + project.name();
    }

    private List<Block> summary(ReportWords words, Map<DonorSection, List<ContributionFigures>> figures,
            DonorReportRequest request) {
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal received = BigDecimal.ZERO.setScale(2);
        BigDecimal estimated = BigDecimal.ZERO.setScale(2);
        boolean atRates = false;
        Map<String, Map<Integer, BigDecimal>> byDonorAndYear = new LinkedHashMap<>();
        TreeSet<Integer> years = new TreeSet<>();
        for (Map.Entry<DonorSection, List<ContributionFigures>> entry : figures.entrySet()) {
            BigDecimal donorReceived = BigDecimal.ZERO.setScale(2);
            BigDecimal donorEstimate = BigDecimal.ZERO.setScale(2);
            boolean donorAtRates = false;
            Map<Integer, BigDecimal> byYear = new TreeMap<>();
            for (ContributionFigures each : entry.getValue()) {
                donorReceived = donorReceived.add(each.receivedInPeriod());
                donorEstimate = donorEstimate.add(each.hasOutstanding() ? each.estimate().euros() : BigDecimal.ZERO);
                donorAtRates |= each.hasOutstanding() && !each.estimate().exact();
                each.paymentsInPeriod().forEach(payment -> {
                    byYear.merge(payment.valueDate().getYear(), payment.euros().amount(), BigDecimal::add);
                    years.add(payment.valueDate().getYear());
                });
            }
            String name = entry.getKey().donor().name();
            rows.add(Block.Row.of(name, Integer.toString(entry.getValue().size()), words.number(donorReceived),
                    donorEstimate.signum() == 0 ? ReportWords.NONE
                            : ReportWords.approximately(words.number(donorEstimate), donorAtRates)));
            byDonorAndYear.put(name, byYear);
            received = received.add(donorReceived);
            estimated = estimated.add(donorEstimate);
            atRates |= donorAtRates;
        }
        int count = figures.values().stream().mapToInt(List::size).sum();
        rows.add(Block.Row.total(words.text("report.total"), Integer.toString(count), words.number(received),
                estimated.signum() == 0 ? ReportWords.NONE
                        : ReportWords.approximately(words.number(estimated), atRates)));
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.donor.summary"), 1));
        blocks.add(new Block.Table("", List.of(
                Block.column(words.text("report.column.donor"), 3f, Block.Align.LEFT),
                Block.column(words.text("report.column.contributions"), 1f, Block.Align.RIGHT),
                Block.column(words.text("report.column.receivedInPeriod"), 1.5f, Block.Align.RIGHT),
                Block.column(words.text("report.column.estimateOn", words.date(request.asOf())), 1.6f,
                        Block.Align.RIGHT)), rows));
        if (!years.isEmpty()) {
            blocks.add(chartByDonor(words, byDonorAndYear, years));
        }
        return blocks;
    }

    private Block chartByDonor(ReportWords words, Map<String, Map<Integer, BigDecimal>> byDonorAndYear,
            TreeSet<Integer> years) {
        List<String> categories = new ArrayList<>();
        for (int year = years.first(); year <= years.last(); year++) {
            categories.add(Integer.toString(year));
        }
        List<Map.Entry<String, Map<Integer, BigDecimal>>> largest = new ArrayList<>(byDonorAndYear.entrySet());
        largest.sort((a, b) -> total(b.getValue()).compareTo(total(a.getValue())));
        List<Block.Series> series = new ArrayList<>();
        Map<Integer, BigDecimal> others = new TreeMap<>();
        for (int i = 0; i < largest.size(); i++) {
            Map<Integer, BigDecimal> byYear = largest.get(i).getValue();
            if (i < CHART_DONORS || largest.size() == CHART_DONORS + 1) {
                series.add(new Block.Series(largest.get(i).getKey(), values(byYear, years)));
            } else {
                byYear.forEach((year, euros) -> others.merge(year, euros, BigDecimal::add));
            }
        }
        if (!others.isEmpty()) {
            series.add(new Block.Series(words.text("report.otherDonors"), values(others, years)));
        }
        return new Block.BarChart(words.text("report.donor.chartAll"), categories, series,
                words::wholeNumber);
    }

    private static BigDecimal total(Map<Integer, BigDecimal> byYear) {
        return byYear.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<BigDecimal> values(Map<Integer, BigDecimal> byYear, TreeSet<Integer> years) {
        List<BigDecimal> values = new ArrayList<>();
        for (int year = years.first(); year <= years.last(); year++) {
            values.add(byYear.getOrDefault(year, BigDecimal.ZERO));
        }
        return values;
    }

    private static List<Block> aboutTheFigures(ReportWords words, List<ContributionFigures> figures,
            DonorReportRequest request) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.about"), 2));
        blocks.add(Block.Paragraph.note(words.text("report.about.conversion")));
        blocks.add(Block.Paragraph.note(words.text("report.about.period", request.from(), request.to())));
        List<EuroEstimate> estimates = figures.stream().filter(ContributionFigures::hasOutstanding)
                .filter(each -> !each.outstanding().isEuro()).map(ContributionFigures::estimate).toList();
        List<EuroEstimate> estimated = estimates.stream().filter(EuroEstimate::complete).toList();
        if (!estimated.isEmpty()) {
            LocalDate ratesFrom = estimated.stream().map(EuroEstimate::ratesFrom).min(LocalDate::compareTo)
                    .orElseThrow();
            blocks.add(Block.Paragraph.note("* " + words.text("report.about.estimate", request.asOf(), ratesFrom)));
        }
        List<String> missing = estimates.stream().flatMap(each -> each.withoutRate().stream()).distinct().sorted()
                .toList();
        if (!missing.isEmpty()) {
            blocks.add(Block.Paragraph.note(words.text("report.about.noRate", String.join(", ", missing),
                    request.asOf())));
        }
        if (DonorSectionBlocks.usesEcb(figures) || !estimated.isEmpty()) {
            blocks.add(Block.Paragraph.note(words.text("report.about.ecbSource")));
        }
        return blocks;
    }
}
