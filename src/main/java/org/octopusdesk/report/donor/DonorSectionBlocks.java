package org.octopusdesk.report.donor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.EarmarkSplit;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDuration;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportWords;

/**
 * The tables, chart and notes of one donor: its contributions, their payments, the euros by project, totals by
 * currency, the projects it funds and its receipts by year. Every total row is the sum of the lines above it.
 */
final class DonorSectionBlocks {

    private final ReportWords words;
    private final DonorReportRequest request;
    private final Map<ProjectId, Project> projects;

    DonorSectionBlocks(ReportWords words, DonorReportRequest request, Map<ProjectId, Project> projects) {
        this.words = words;
        this.request = request;
        this.projects = projects;
    }

    List<Block> blocks(DonorSection section, List<ContributionFigures> figures) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Fields(List.of(
                field("report.donor.country", section.donor().country()),
                field("report.donor.kind", words.text(section.donor().kind().messageKey())),
                field("report.donor.firstContribution", words.date(section.firstAgreement())))));
        blocks.add(Block.Paragraph.normal(words.text("report.donor.cumulative", section.donor().name(),
                section.firstAgreement(), words.euros(section.receivedSinceFirst()), request.asOf())));
        blocks.add(contributions(figures));
        if (figures.stream().anyMatch(each -> !each.paymentsInPeriod().isEmpty())) {
            blocks.add(payments(figures));
            blocks.add(byProject(figures));
        } else {
            blocks.add(Block.Paragraph.normal(words.text("report.donor.noPayments")));
        }
        blocks.add(byCurrency(figures));
        Block funded = projectsFunded(figures);
        if (funded != null) {
            blocks.add(funded);
        }
        if (section.receivedSinceFirst().signum() > 0) {
            blocks.add(receiptsByYear(section));
        }
        if (request.withNotes()) {
            blocks.addAll(notes(figures));
        }
        return blocks;
    }

    private ReportDocument.CoverField field(String key, String value) {
        return new ReportDocument.CoverField(words.text(key),
                value == null || value.isBlank() ? ReportWords.NONE : value);
    }

    private Block contributions(List<ContributionFigures> figures) {
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal received = BigDecimal.ZERO.setScale(2);
        BigDecimal estimated = BigDecimal.ZERO.setScale(2);
        boolean atRates = false;
        for (ContributionFigures each : figures) {
            rows.add(Block.Row.of(words.date(each.contribution().agreementDate()), each.contribution().reference(),
                    earmarks(each.contribution().allocations()), words.money(each.contribution().pledged()),
                    words.text(each.status().messageKey()), words.number(each.receivedInPeriod()),
                    outstanding(each)));
            received = received.add(each.receivedInPeriod());
            estimated = estimated.add(each.hasOutstanding() ? each.estimate().euros() : BigDecimal.ZERO);
            atRates |= each.hasOutstanding() && !each.estimate().exact();
        }
        rows.add(Block.Row.total(words.text("report.total"), "", "", "", "", words.number(received),
                estimated.signum() == 0 ? "" : ReportWords.approximately(words.euros(estimated), atRates)));
        return new Block.Table(words.text("report.donor.contributions"), List.of(
                Block.Column.text(words.text("report.column.agreed"), 1.05f),
                Block.Column.text(words.text("report.column.reference"), 1.1f),
                Block.Column.text(words.text("report.column.earmarks"), 1.6f),
                Block.Column.amount(words.text("report.column.pledged"), 1.45f),
                Block.Column.text(words.text("report.column.status"), 1.05f),
                Block.Column.amount(words.text("report.column.receivedInPeriod"), 1.35f),
                Block.Column.amount(words.text("report.column.outstandingOn", words.date(request.asOf())), 1.5f)),
                rows);
    }

    private String outstanding(ContributionFigures each) {
        if (!each.hasOutstanding()) {
            return ReportWords.NONE;
        }
        String amount = words.money(each.outstanding());
        if (each.outstanding().isEuro()) {
            return amount;
        }
        return each.estimate().complete() ? amount + "\n\u2248 " + words.euros(each.estimate().euros()) + " *"
                : amount + "\n" + words.text("report.donor.noRate");
    }

    private String earmarks(List<Allocation> allocations) {
        if (allocations.isEmpty()) {
            return words.text("report.notEarmarked");
        }
        return allocations.stream().map(allocation -> switch (allocation.basis()) {
            case AMOUNT -> allocation.projectCode() + " " + words.number(allocation.amount());
            case SHARE -> allocation.projectCode() + " " + words.percent(allocation.sharePercent());
            case UNDISCLOSED -> allocation.projectCode() + " (" + words.text("report.splitNotPublicShort") + ")";
        }).collect(Collectors.joining("\n"));
    }

    private Block payments(List<ContributionFigures> figures) {
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (ContributionFigures each : figures) {
            for (Payment payment : each.paymentsInPeriod()) {
                rows.add(Block.Row.of(words.date(payment.valueDate()), each.contribution().reference(),
                        words.money(payment.amount()),
                        words.rate(payment.rate()), words.rateDate(payment.rate()),
                        words.text(payment.basisMessageKey()), words.number(payment.euros().amount())));
                total = total.add(payment.euros().amount());
            }
        }
        rows.add(Block.Row.total(words.text("report.total"), "", "", "", "", "", words.number(total)));
        return new Block.Table(words.text("report.donor.payments"), List.of(
                Block.column(words.text("report.column.valueDate"), 1f, Block.Align.LEFT),
                Block.column(words.text("report.column.reference"), 1.1f, Block.Align.LEFT),
                Block.column(words.text("report.column.amount"), 1.5f, Block.Align.RIGHT),
                Block.column(words.text("report.column.rate"), 1.05f, Block.Align.RIGHT),
                Block.column(words.text("report.column.rateDate"), 1f, Block.Align.LEFT),
                Block.column(words.text("report.column.source"), 0.9f, Block.Align.LEFT),
                Block.column(words.text("report.column.euros"), 1.3f, Block.Align.RIGHT)), rows);
    }

    private Block byProject(List<ContributionFigures> figures) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        Map<String, BigDecimal> undisclosed = new TreeMap<>();
        BigDecimal notEarmarked = BigDecimal.ZERO.setScale(2);
        for (ContributionFigures each : figures) {
            List<Allocation> allocations = each.contribution().allocations();
            for (Payment payment : each.paymentsInPeriod()) {
                EarmarkSplit split = EarmarkSplit.of(payment.euros().amount(), allocations);
                for (int i = 0; i < split.projects().size(); i++) {
                    parts.merge(projectLabel(allocations.get(i)), split.projects().get(i), BigDecimal::add);
                }
                notEarmarked = notEarmarked.add(split.notEarmarked());
                if (split.undisclosed().signum() != 0) {
                    undisclosed.merge(allocations.stream().map(Allocation::projectCode).sorted()
                            .collect(Collectors.joining(", ")), split.undisclosed(), BigDecimal::add);
                }
            }
        }
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, BigDecimal> part : parts.entrySet()) {
            rows.add(Block.Row.of(part.getKey(), words.number(part.getValue())));
            total = total.add(part.getValue());
        }
        for (Map.Entry<String, BigDecimal> part : undisclosed.entrySet()) {
            rows.add(Block.Row.of(words.text("report.splitNotPublic", part.getKey()), words.number(part.getValue())));
            total = total.add(part.getValue());
        }
        if (notEarmarked.signum() != 0) {
            rows.add(Block.Row.of(words.text("report.notEarmarked"), words.number(notEarmarked)));
            total = total.add(notEarmarked);
        }
        rows.add(Block.Row.total(words.text("report.total"), words.number(total)));
        return new Block.Table(words.text("report.donor.byProject"), List.of(
                Block.column(words.text("report.column.project"), 4f, Block.Align.LEFT),
                Block.column(words.text("report.column.euros"), 1.4f, Block.Align.RIGHT)), rows);
    }

    private String projectLabel(Allocation allocation) {
        return allocation.projectCode() + " \u2013 " + allocation.projectName();
    }

    /** One currency's totals as the contributions are added up. */
    private static final class CurrencySums {
        private BigDecimal pledged;
        private BigDecimal paid;
        private BigDecimal outstanding;
        private BigDecimal euros = BigDecimal.ZERO.setScale(2);

        /** @param zero nothing, at the currency's minor unit, so that "0.00" prints as such */
        CurrencySums(BigDecimal zero) {
            pledged = zero;
            paid = zero;
            outstanding = zero;
        }
    }

    private Block byCurrency(List<ContributionFigures> figures) {
        Map<String, CurrencySums> totals = new TreeMap<>();
        for (ContributionFigures each : figures) {
            BigDecimal pledged = each.contribution().pledged().amount();
            CurrencySums sums = totals.computeIfAbsent(each.contribution().pledged().currency(),
                    currency -> new CurrencySums(pledged.subtract(pledged)));
            if (request.covers(each.contribution().agreementDate())) {
                sums.pledged = sums.pledged.add(each.contribution().pledged().amount());
            }
            sums.paid = sums.paid.add(each.paidInPeriod().amount());
            sums.outstanding = sums.outstanding.add(each.outstanding().amount());
            sums.euros = sums.euros.add(each.receivedInPeriod());
        }
        List<Block.Row> rows = new ArrayList<>();
        BigDecimal euros = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, CurrencySums> entry : totals.entrySet()) {
            CurrencySums sums = entry.getValue();
            rows.add(Block.Row.of(entry.getKey(), words.number(sums.pledged), words.number(sums.paid),
                    words.number(sums.outstanding), words.number(sums.euros)));
            euros = euros.add(sums.euros);
        }
        rows.add(Block.Row.total(words.text("report.total"), "", "", "", words.number(euros)));
        return new Block.Table(words.text("report.donor.byCurrency"), List.of(
                Block.column(words.text("report.column.currency"), 0.8f, Block.Align.LEFT),
                Block.column(words.text("report.column.pledgedInPeriod"), 1.4f, Block.Align.RIGHT),
                Block.column(words.text("report.column.paidInPeriod"), 1.4f, Block.Align.RIGHT),
                Block.column(words.text("report.column.outstandingOn", words.date(request.asOf())), 1.4f,
                        Block.Align.RIGHT),
                Block.column(words.text("report.column.euros"), 1.4f, Block.Align.RIGHT)), rows);
    }

    private Block projectsFunded(List<ContributionFigures> figures) {
        Map<ProjectId, Project> funded = new LinkedHashMap<>();
        for (ContributionFigures each : figures) {
            for (Allocation allocation : each.contribution().allocations()) {
                Project project = projects.get(allocation.projectId());
                if (project != null) {
                    funded.putIfAbsent(project.id(), project);
                }
            }
        }
        if (funded.isEmpty()) {
            return null;
        }
        List<Block.Row> rows = new ArrayList<>();
        for (Project project : funded.values()) {
            ProjectDuration duration = project.durationAsOf(request.asOf());
            rows.add(Block.Row.of(project.code() + " \u2013 " + project.name(), words.date(project.start()),
                    words.date(project.originalEnd()), words.date(project.currentEnd()),
                    words.percent(duration.percentElapsed())));
        }
        return new Block.Table(words.text("report.donor.projects"), List.of(
                Block.column(words.text("report.column.project"), 2.6f, Block.Align.LEFT),
                Block.column(words.text("report.column.start"), 1f, Block.Align.LEFT),
                Block.column(words.text("report.column.originalEnd"), 1f, Block.Align.LEFT),
                Block.column(words.text("report.column.currentEnd"), 1f, Block.Align.LEFT),
                Block.column(words.text("report.column.elapsedOn", words.date(request.asOf())), 1.1f,
                        Block.Align.RIGHT)), rows);
    }

    private Block receiptsByYear(DonorSection section) {
        List<String> years = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        int first = section.receivedByYear().firstKey();
        for (int year = first; year <= section.receivedByYear().lastKey(); year++) {
            years.add(Integer.toString(year));
            values.add(section.receivedByYear().getOrDefault(year, BigDecimal.ZERO));
        }
        return new Block.BarChart(words.text("report.donor.chart", section.donor().name()), years,
                List.of(new Block.Series(section.donor().name(), values)), words::wholeNumber);
    }

    private List<Block> notes(List<ContributionFigures> figures) {
        List<Block> notes = new ArrayList<>();
        for (ContributionFigures each : figures) {
            String reference = each.contribution().reference();
            addNote(notes, reference, each.contribution().notes());
            for (Allocation allocation : each.contribution().allocations()) {
                addNote(notes, reference + ", " + allocation.projectCode(), allocation.note());
            }
            for (Payment payment : each.paymentsInPeriod()) {
                addNote(notes, reference + ", " + words.money(payment.amount()) + " "
                        + words.date(payment.valueDate()), payment.note());
            }
        }
        if (!notes.isEmpty()) {
            notes.add(0, new Block.Heading(words.text("report.donor.notes"), 2));
        }
        return notes;
    }

    private static void addNote(List<Block> notes, String about, String note) {
        if (note != null && !note.isBlank()) {
            notes.add(Block.Paragraph.note(about + ": " + note.strip()));
        }
    }

    static boolean usesEcb(List<ContributionFigures> figures) {
        return figures.stream().flatMap(each -> each.paymentsInPeriod().stream())
                .anyMatch(payment -> payment.rate().filter(rate -> rate.source()
                        == org.octopusdesk.domain.money.RateSource.ECB).isPresent());
    }
}
