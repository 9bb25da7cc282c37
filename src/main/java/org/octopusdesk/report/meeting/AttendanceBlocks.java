package org.octopusdesk.report.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.meetings.Attendance;
import org.octopusdesk.service.meetings.DelegationLine;

/**
 * The meeting report's attendance: the headcount sentence, then each delegation with its T-CY status on the
 * meeting's date and its number of persons. Names are not printed: a person is published on a list only with their
 * consent, which is not recorded yet (decision 0021).
 */
final class AttendanceBlocks {

    private AttendanceBlocks() {
    }

    static List<Block> of(Attendance attendance, ReportWords words) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("attendance.heading"), 1));
        if (attendance.isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("attendance.none")));
            return blocks;
        }
        Locale locale = words.messages().locale();
        blocks.add(Block.Paragraph.normal(attendance.headcount().sentence(locale) + "."));
        List<Block.Row> rows = new ArrayList<>();
        for (DelegationLine line : attendance.states()) {
            rows.add(Block.Row.of(line.name(locale), words.text(line.status().messageKey()),
                    Integer.toString(line.delegation().persons())));
        }
        for (DelegationLine line : attendance.organisations()) {
            rows.add(Block.Row.of(line.name(locale), words.text("report.meeting.organisation"),
                    Integer.toString(line.delegation().persons())));
        }
        blocks.add(new Block.Table("", List.of(
                Block.Column.text(words.text("report.meeting.delegation"), 3f),
                Block.Column.text(words.text("report.meeting.statusOnDate"), 2f),
                Block.Column.amount(words.text("delegation.persons"), 1f)), rows));
        return blocks;
    }
}
