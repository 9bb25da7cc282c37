package org.octopusdesk.report.meeting;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;

/** The meeting report's list of documents: symbol, kind, title in the report's language, and date. */
final class DocumentBlocks {

    private DocumentBlocks() {
    }

    static List<Block> of(List<MeetingDocument> documents, ReportWords words) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("document.heading"), 1));
        if (documents.isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.meeting.noDocument")));
            return blocks;
        }
        List<Block.Row> rows = new ArrayList<>();
        for (MeetingDocument document : documents) {
            rows.add(Block.Row.of(document.symbol().text(), words.text(document.kind().messageKey()),
                    document.title(words.messages().locale()),
                    document.date() == null ? ReportWords.NONE : words.date(document.date())));
        }
        blocks.add(new Block.Table("", List.of(
                Block.Column.text(words.text("document.symbol"), 1.4f),
                Block.Column.text(words.text("document.kind"), 1.4f),
                Block.Column.text(words.text("report.meeting.documentTitle"), 3.2f),
                Block.Column.text(words.text("document.date"), 1f)), rows));
        return blocks;
    }
}
