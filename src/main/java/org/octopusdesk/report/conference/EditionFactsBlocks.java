package org.octopusdesk.report.conference;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument.CoverField;
import org.octopusdesk.report.ReportWords;

/** The conference report's first section: the edition's facts as recorded, and what is uncertain about them. */
final class EditionFactsBlocks implements ConferenceSection {

    @Override
    public List<Block> blocks(Conference conference, ReportWords words) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(conference.title(), 1));
        blocks.add(new Block.Fields(List.of(
                field(words, "conference.year", Integer.toString(conference.year())),
                field(words, "conference.dates", ConferenceReportBuilder.dates(conference, words)),
                field(words, "conference.format", words.text(conference.format().messageKey())),
                field(words, "conference.venue", conference.venue()),
                field(words, "conference.city", conference.city()),
                field(words, "conference.project", conference.projectName()),
                field(words, "conference.status", words.text(conference.status().messageKey())))));
        if (!conference.note().isEmpty()) {
            blocks.add(Block.Paragraph.note(words.text("report.conference.note", conference.note())));
        }
        return blocks;
    }

    private static CoverField field(ReportWords words, String key, String value) {
        return new CoverField(words.text(key), value.isEmpty() ? ReportWords.NONE : value);
    }
}
