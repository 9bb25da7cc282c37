package org.octopusdesk.ui.dashboard;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.FollowUpLine;
import org.octopusdesk.service.meetings.MeetingsGlance;
import org.octopusdesk.ui.common.Icons;

/** The dashboard's meetings: follow-up actions past their deadline, and the next meetings; each opens its meeting. */
final class MeetingsPanel {

    private final Messages messages;
    private final Consumer<MeetingId> openMeeting;
    private final VBox overdue = new VBox(4);
    private final VBox next = new VBox(4);
    private final VBox root;

    MeetingsPanel(Messages messages, Consumer<MeetingId> openMeeting) {
        this.messages = messages;
        this.openMeeting = openMeeting;
        overdue.setId("dashboard-overdue-actions");
        next.setId("dashboard-next-meetings");
        // Two sections, as far apart as the dashboard's others: the second's heading had sat under the first's
        // last line as close as under its own.
        root = new VBox(DashboardView.BETWEEN_SECTIONS, section("dashboard.overdueActions", overdue),
                section("dashboard.nextMeetings", next));
    }

    Node node() {
        return root;
    }

    /** Shows the glance, or nothing while it is being read. */
    void show(MeetingsGlance glance) {
        overdue.getChildren().clear();
        next.getChildren().clear();
        if (glance == null) {
            return;
        }
        if (glance.overdue().isEmpty()) {
            overdue.getChildren().add(new Label(messages.text("dashboard.noOverdueActions"), Icons.icon(Icons.OK)));
        }
        for (FollowUpLine line : glance.overdue()) {
            Hyperlink meeting = link(line.meeting(), Icons.WARNING);
            Label what = new Label("— " + messages.text("dashboard.overdueAction", line.action().text(),
                    line.action().owner(), messages.date(line.action().deadline())));
            what.getStyleClass().add("warning-text");
            what.setWrapText(true);
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox entry = new HBox(2, meeting, what);
            entry.setAlignment(Pos.BASELINE_LEFT);
            overdue.getChildren().add(entry);
        }
        if (glance.next().isEmpty()) {
            next.getChildren().add(muted(messages.text("dashboard.noNextMeeting")));
        }
        for (Meeting meeting : glance.next()) {
            Label when = muted("— " + dates(meeting) + (meeting.venue().isEmpty() ? ""
                    : " · " + meeting.venue()));
            HBox entry = new HBox(2, link(meeting, Icons.MEETINGS), when);
            entry.setAlignment(Pos.BASELINE_LEFT);
            next.getChildren().add(entry);
        }
    }

    private Hyperlink link(Meeting meeting, String icon) {
        Hyperlink link = new Hyperlink(meeting.shortTitle() + " · " + meeting.title(messages.locale()),
                Icons.icon(icon));
        link.setOnAction(event -> openMeeting.accept(meeting.id()));
        return link;
    }

    private String dates(Meeting meeting) {
        return messages.dateRange(meeting.start(), meeting.end());
    }

    private Node section(String key, Node content) {
        return DashboardView.section(messages.text(key), content);
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
