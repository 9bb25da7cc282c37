package org.octopusdesk.report.treaty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.DepositKind;
import org.octopusdesk.domain.country.TreatyCounts;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.countries.ChartLine;
import org.octopusdesk.service.countries.TreatyService;

/** The treaty status report: an instrument's chart as of a date, its counts, and its changes in a period. */
public final class TreatyReportBuilder {

    private final TreatyService treaties;
    private final Clock clock;

    public TreatyReportBuilder(TreatyService treaties, Clock clock) {
        this.treaties = treaties;
        this.clock = clock;
    }

    public ReportDocument build(TreatyReportRequest request) {
        ReportWords words = new ReportWords(Messages.forLanguage(request.language()), clock.getZone());
        List<ChartLine> chart = treaties.chart(request.instrument());
        TreatyCounts counts = treaties.counts(request.instrument(), request.asOf());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.treaty.counts"), 1));
        blocks.add(new Block.Fields(List.of(
                new ReportDocument.CoverField(words.text("report.treaty.parties"), String.valueOf(counts.parties())),
                new ReportDocument.CoverField(words.text("report.treaty.inForce"), String.valueOf(counts.inForce())),
                new ReportDocument.CoverField(words.text("report.treaty.signatories"),
                        String.valueOf(counts.signatoriesOnly())),
                new ReportDocument.CoverField(words.text("report.treaty.invited"), String.valueOf(counts.invited())))));
        blocks.add(new Block.Heading(words.text("report.treaty.chart", words.date(request.asOf())), 1));
        blocks.add(chartTable(chart, request.asOf(), words));
        if (request.hasPeriod()) {
            blocks.add(new Block.Heading(words.text("report.treaty.changes",
                    words.period(request.from(), request.to())), 1));
            List<Block.Row> changes = changes(chart, request, words);
            if (changes.isEmpty()) {
                blocks.add(Block.Paragraph.normal(words.text("report.treaty.noChange")));
            } else {
                blocks.add(new Block.Table("", List.of(Block.Column.text(words.text("report.treaty.date"), 1),
                        Block.Column.text(words.text("countries.column.country"), 2.2f),
                        Block.Column.text(words.text("report.treaty.event"), 1.6f)), changes));
            }
        }
        blocks.add(Block.Paragraph.note(words.text("report.treaty.note")));
        Instant now = clock.instant();
        return new ReportDocument(words.text("report.treaty.title"), words.text(request.instrument().messageKey()),
                words.language(), cover(request, words), blocks, words.labels(now, request.asOf()), now,
                request.asOf());
    }

    private static List<ReportDocument.CoverField> cover(TreatyReportRequest request, ReportWords words) {
        List<ReportDocument.CoverField> cover = new ArrayList<>();
        cover.add(new ReportDocument.CoverField(words.text("countries.instrument"),
                words.text(request.instrument().messageKey())));
        cover.add(new ReportDocument.CoverField(words.text("report.cover.asOf"), words.date(request.asOf())));
        if (request.hasPeriod()) {
            cover.add(new ReportDocument.CoverField(words.text("report.cover.period"),
                    words.period(request.from(), request.to())));
        }
        cover.add(new ReportDocument.CoverField(words.text("report.cover.language"),
                words.text("language." + words.language())));
        return cover;
    }

    /** The countries that had signed, ratified or acceded by the date, with only what had happened by then. */
    private static Block.Table chartTable(List<ChartLine> chart, LocalDate asOf, ReportWords words) {
        java.text.Collator collator = java.text.Collator.getInstance(words.messages().locale());
        List<Block.Row> rows = chart.stream().filter(line -> onChartBy(line, asOf))
                .sorted(Comparator.comparing(line -> line.country().name(words.messages().locale()), collator))
                .map(line -> Block.Row.of(line.country().name(words.messages().locale()),
                        date(Optional.ofNullable(line.record().signature()), asOf, words),
                        deposit(line, asOf, words), date(line.entryIntoForce(), asOf, words),
                        ChartFlag.code(line.record().flags())))
                .toList();
        return new Block.Table("", List.of(Block.Column.text(words.text("countries.column.country"), 2.2f),
                Block.Column.text(words.text("countries.column.signature"), 1),
                Block.Column.text(words.text("countries.column.deposit"), 1.5f),
                Block.Column.text(words.text("countries.column.entryIntoForce"), 1),
                Block.Column.text(words.text("countries.column.flags"), 0.6f)), rows);
    }

    private static List<Block.Row> changes(List<ChartLine> chart, TreatyReportRequest request, ReportWords words) {
        List<Change> changes = new ArrayList<>();
        for (ChartLine line : chart) {
            String country = line.country().name(words.messages().locale());
            if (request.covers(line.record().signature())) {
                changes.add(new Change(line.record().signature(), country, words.text("report.treaty.signed")));
            }
            if (request.covers(line.record().deposit())) {
                String kind = line.record().depositKind() == DepositKind.ACCESSION ? "report.treaty.acceded"
                        : "report.treaty.ratified";
                changes.add(new Change(line.record().deposit(), country, words.text(kind)));
            }
            line.entryIntoForce().filter(request::covers).ifPresent(day ->
                    changes.add(new Change(day, country, words.text("report.treaty.enteredIntoForce"))));
        }
        return changes.stream().sorted(Comparator.comparing(Change::date).thenComparing(Change::country))
                .map(change -> Block.Row.of(words.date(change.date()), change.country(), change.event())).toList();
    }

    private static boolean onChartBy(ChartLine line, LocalDate date) {
        boolean signed = line.record().signature() != null && !line.record().signature().isAfter(date);
        return signed || line.record().isPartyOn(date);
    }

    private static String deposit(ChartLine line, LocalDate asOf, ReportWords words) {
        if (!line.record().isPartyOn(asOf)) {
            return ReportWords.NONE;
        }
        String kind = line.record().depositKind() == DepositKind.ACCESSION ? " (a)" : "";
        return words.date(line.record().deposit()) + kind;
    }

    private static String date(Optional<LocalDate> date, LocalDate asOf, ReportWords words) {
        return date.filter(day -> !day.isAfter(asOf)).map(words::date).orElse(ReportWords.NONE);
    }

    private record Change(LocalDate date, String country, String event) {
    }
}
