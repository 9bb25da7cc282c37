package org.octopusdesk.report.meeting;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportWords;
import org.octopusdesk.service.meetings.FollowUpService;

/** The meeting report's section of follow-up actions: what, who, by when and where each stands. */
final class FollowUpBlocks {

    private final FollowUpService followUps;

    FollowUpBlocks(FollowUpService followUps) {
        this.followUps = followUps;
    }

    List<Block> of(Meeting meeting, ReportWords words) {
        List<FollowUpAction> actions = followUps.ofMeeting(meeting.id());
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.text("report.meeting.followUps"), 1));
        if (actions.isEmpty()) {
            blocks.add(Block.Paragraph.normal(words.text("report.meeting.noFollowUps")));
            return blocks;
        }
        List<Block.Row> rows = new ArrayList<>();
        for (FollowUpAction action : actions) {
            rows.add(Block.Row.of(action.text(), action.owner(), words.date(action.deadline()),
                    words.text(action.status().messageKey())));
        }
        blocks.add(new Block.Table("", List.of(
                Block.column(words.text("followUp.text"), 5f, Block.Align.LEFT),
                Block.column(words.text("followUp.owner"), 1.6f, Block.Align.LEFT),
                Block.column(words.text("followUp.deadline"), 1.2f, Block.Align.LEFT),
                Block.column(words.text("followUp.status"), 1f, Block.Align.LEFT)), rows));
        return blocks;
    }
}
