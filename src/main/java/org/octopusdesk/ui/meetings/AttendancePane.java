package org.octopusdesk.ui.meetings;

import static org.octopusdesk.ui.meetings.PageControls.iconButton;
import static org.octopusdesk.ui.meetings.PageControls.linkSelection;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.service.meetings.DelegationLine;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.Icons;

/** The meeting's attendance on its page: the headcount sentence, then each delegation with its persons. */
final class AttendancePane {

    private final AttendanceViewModel attendance;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Window owner;
    private final VBox root = new VBox(6);
    private final org.octopusdesk.ui.common.RoleControls roles;

    AttendancePane(AttendanceViewModel attendance, BackgroundRunner runner, ErrorReporter errors, Messages messages,
            Window owner, org.octopusdesk.ui.common.RoleControls roles) {
        this.attendance = attendance;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        this.roles = roles;
        root.setId("attendance-pane");
        Label heading = new Label(messages.text("attendance.heading"));
        heading.getStyleClass().add("title-4");
        Label headcount = new Label();
        headcount.setId("attendance-headcount");
        headcount.setWrapText(true);
        headcount.textProperty().bind(attendance.headcountProperty());
        Label purpose = new Label(messages.text("attendance.purpose"));
        purpose.setId("attendance-purpose");
        purpose.getStyleClass().add("text-muted");
        purpose.setWrapText(true);
        purpose.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.getChildren().setAll(heading, headcount, buttons(), list(), purpose);
    }

    Node node() {
        return root;
    }

    private ListView<DelegationLine> list() {
        ListView<DelegationLine> list = new ListView<>(attendance.delegations());
        list.setId("attendance-list");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(messages.text("attendance.empty")));
        list.setCellFactory(ignored -> new ListCell<>() {
            @Override
            protected void updateItem(DelegationLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : line(line));
            }
        });
        linkSelection(list, attendance.selectedProperty());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                edit(false);
            }
        });
        return list;
    }

    /** "France (Party): 3 persons", the named persons below. */
    private String line(DelegationLine line) {
        String who = line.status() == null ? line.name(messages.locale())
                : messages.text("delegation.withStatus", line.name(messages.locale()),
                        messages.text(line.status().messageKey()));
        String text = messages.text("delegation.line", who, line.delegation().persons());
        if (!line.delegation().delegates().isEmpty()) {
            text += "\n" + String.join("; ", line.delegation().delegates().stream().map(Object::toString).toList());
        }
        return text;
    }

    private Node buttons() {
        Button add = new Button(messages.text("delegation.add"), Icons.icon(Icons.NEW));
        add.setId("delegation-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(event -> edit(true));
        add.disableProperty().bind(attendance.meetingProperty().isNull());
        Button edit = iconButton(messages, "delegation-edit", "delegation.edit", Icons.EDIT, () -> edit(false));
        Button delete = iconButton(messages, "delegation-delete", "delegation.delete", Icons.DELETE,
                attendance::deleteSelected);
        edit.disableProperty().bind(attendance.selectedProperty().isNull());
        delete.disableProperty().bind(attendance.selectedProperty().isNull());
        roles.guard(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS, add, edit, delete);
        HBox bar = new FittingBar(6, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void edit(boolean isNew) {
        if (roles.refused(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS)) {
            return;
        }
        DelegationLine line = isNew ? null : attendance.selectedProperty().get();
        if (attendance.meetingProperty().get() == null || (!isNew && line == null)) {
            return;
        }
        DelegationEditorViewModel editor = new DelegationEditorViewModel(attendance.service(),
                attendance.countries(), runner, errors, messages, attendance.meetingProperty().get(),
                line == null ? null : line.delegation());
        new DelegationDialog(editor, messages, owner).showAndWait()
                .ifPresent(saved -> attendance.reload(Optional.of(saved.id())));
    }
}
