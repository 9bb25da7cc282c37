package org.octopusdesk.report.conference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ParticipantCounts;
import org.octopusdesk.domain.conference.Sector;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.conferences.ParticipantService;

/**
 * The conference report's participants: the sentence ("452 participants from 117 countries"), who was funded, and
 * the counts by country and by sector, each as a chart and a table. Counts only: no name is printed, so the report
 * needs no one's consent to a published list.
 */
final class ParticipantBlocks implements ConferenceSection {

    /** Countries drawn as bars by their code; the others are added up in one bar. The table lists them all. */
    static final int COUNTRY_BARS = 12;

    private final ParticipantService participants;

    ParticipantBlocks(ParticipantService participants) {
        this.participants = participants;
    }

    @Override
    public List<Block> blocks(Conference conference, ReportWords words) {
        ParticipantCounts counts = participants.counts(conference.id());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.conference.participants"), 1));
        if (counts.participants() == 0) {
            blocks.add(Block.Paragraph.normal(words.text("report.conference.noParticipants")));
            return blocks;
        }
        blocks.add(Block.Paragraph.normal(words.text("report.conference.sentence",
                words.text("participants.sentence", counts.participants(), counts.countries()),
                words.text("participants.funded", counts.funded()))));
        blocks.add(countryChart(counts, words));
        blocks.add(countryTable(counts, words));
        blocks.add(sectorChart(counts, words));
        blocks.add(sectorTable(counts, words));
        return blocks;
    }

    private Block countryChart(ParticipantCounts counts, ReportWords words) {
        List<String> codes = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        int others = 0;
        for (Map.Entry<String, Integer> country : counts.byCountry().entrySet()) {
            if (codes.size() < COUNTRY_BARS) {
                codes.add(country.getKey());
                values.add(BigDecimal.valueOf(country.getValue()));
            } else {
                others += country.getValue();
            }
        }
        if (others > 0) {
            codes.add(words.text("report.conference.otherCountries"));
            values.add(BigDecimal.valueOf(others));
        }
        return new Block.BarChart(words.text("participants.chart.countries"), codes,
                List.of(new Block.Series(words.text("report.conference.participantsSeries"), values)),
                wholePeople(words));
    }

    /** Whole people only: a small edition's axis has no "0.4" tick, and no rounded "0, 0, 1, 1" either. */
    private static Block.ValueFormat wholePeople(ReportWords words) {
        return value -> value.stripTrailingZeros().scale() <= 0 ? words.wholeNumber(value) : "";
    }

    private Block countryTable(ParticipantCounts counts, ReportWords words) {
        List<Block.Row> rows = new ArrayList<>();
        counts.byCountry().forEach((code, count) -> rows.add(Block.Row.of(countryName(code, words) + " (" + code + ")",
                words.wholeNumber(BigDecimal.valueOf(count)), share(count, counts.participants(), words))));
        rows.add(Block.Row.total(words.text("report.conference.total"),
                words.wholeNumber(BigDecimal.valueOf(counts.participants())), words.percent(BigDecimal.valueOf(100))));
        return new Block.Table("", columns(words, "participant.country"), rows);
    }

    private Block sectorChart(ParticipantCounts counts, ReportWords words) {
        List<String> sectors = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            sectors.add(words.text(sector.messageKey()));
            values.add(BigDecimal.valueOf(counts.bySector().get(sector)));
        }
        return new Block.BarChart(words.text("participants.chart.sectors"), sectors,
                List.of(new Block.Series(words.text("report.conference.participantsSeries"), values)),
                wholePeople(words));
    }

    private Block sectorTable(ParticipantCounts counts, ReportWords words) {
        List<Block.Row> rows = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            int count = counts.bySector().get(sector);
            rows.add(Block.Row.of(words.text(sector.messageKey()), words.wholeNumber(BigDecimal.valueOf(count)),
                    share(count, counts.participants(), words)));
        }
        return new Block.Table("", columns(words, "participant.sector"), rows);
    }

    private static List<Block.Column> columns(ReportWords words, String firstKey) {
        return List.of(Block.Column.text(words.text(firstKey), 4f),
                Block.Column.amount(words.text("report.conference.participantsSeries"), 1.4f),
                Block.Column.amount(words.text("report.conference.share"), 1.2f));
    }

    private String countryName(String code, ReportWords words) {
        return participants.country(code).map(country -> country.name(words.messages().locale())).orElse(code);
    }

    private static String share(int count, int total, ReportWords words) {
        return words.percent(BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 1,
                java.math.RoundingMode.HALF_EVEN));
    }
}
