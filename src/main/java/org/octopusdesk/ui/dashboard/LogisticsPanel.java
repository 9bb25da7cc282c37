package org.octopusdesk.ui.dashboard;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.LogisticsLine;
import org.octopusdesk.ui.common.Icons;

/** The dashboard's conference logistics tasks past their due date; each opens its edition on the Logistics tab. */
final class LogisticsPanel {

    private final Messages messages;
    private final Consumer<ConferenceId> openLogistics;
    private final VBox overdue = new VBox(4);
    private final VBox root;

    LogisticsPanel(Messages messages, Consumer<ConferenceId> openLogistics) {
        this.messages = messages;
        this.openLogistics = openLogistics;
        overdue.setId("dashboard-overdue-logistics");
        root = DashboardView.section(messages.text("dashboard.overdueLogistics"), overdue);
    }

    Node node() {
        return root;
    }

    /** Shows the overdue tasks, or nothing while they are being read. */
    void show(List<LogisticsLine> lines) {
        overdue.getChildren().clear();
        if (lines == null) {
            return;
        }
        if (lines.isEmpty()) {
            overdue.getChildren().add(new Label(messages.text("dashboard.noOverdueLogistics"), Icons.icon(Icons.OK)));
        }
        for (LogisticsLine line : lines) {
            Hyperlink edition = new Hyperlink(line.conference().title(), Icons.icon(Icons.WARNING));
            edition.setOnAction(event -> openLogistics.accept(line.conference().id()));
            LogisticsTask task = line.task();
            Label what = new Label("— " + (task.owner().isEmpty()
                    ? messages.text("dashboard.overdueLogisticsTask.noOwner", task.title(), messages.date(task.due()))
                    : messages.text("dashboard.overdueLogisticsTask", task.title(), task.owner(),
                            messages.date(task.due()))));
            what.getStyleClass().add("warning-text");
            what.setWrapText(true);
            HBox.setHgrow(what, Priority.ALWAYS);
            HBox entry = new HBox(2, edition, what);
            entry.setAlignment(Pos.BASELINE_LEFT);
            overdue.getChildren().add(entry);
        }
    }
}
