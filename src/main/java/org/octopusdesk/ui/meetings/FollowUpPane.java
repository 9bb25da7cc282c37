package org.octopusdesk.ui.meetings;

import static org.octopusdesk.ui.meetings.PageControls.iconButton;
import static org.octopusdesk.ui.meetings.PageControls.linkSelection;
import static org.octopusdesk.ui.meetings.PageControls.textButton;

import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.Icons;

/** The meeting's follow-up actions on its page, in a section of their own, with New, Edit, Done and Delete. */
final class FollowUpPane {

    private final FollowUpViewModel actions;
    private final ObservableList<AgendaItem> agenda;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Window owner;
    private final VBox root = new VBox(6);
    private final org.octopusdesk.ui.common.RoleControls roles;

    /** @param agenda the shown meeting's agenda items, one of which an action may come from */
    FollowUpPane(FollowUpViewModel actions, ObservableList<AgendaItem> agenda, BackgroundRunner runner,
            ErrorReporter errors, Messages messages, Window owner, org.octopusdesk.ui.common.RoleControls roles) {
        this.actions = actions;
        this.agenda = agenda;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        this.roles = roles;
        Label heading = new Label(messages.text("followUp.heading"));
        heading.getStyleClass().add("title-4");
        root.setId("follow-up-pane");
        root.getChildren().setAll(heading, buttons(), table());
    }

    Node node() {
        return root;
    }

    private Node buttons() {
        Button add = textButton(messages, "follow-up-add", "followUp.add", Icons.NEW, () -> edit(true));
        add.disableProperty().bind(actions.meetingProperty().isNull());
        Button edit = iconButton(messages, "follow-up-edit", "followUp.edit", Icons.EDIT, () -> edit(false));
        Button done = iconButton(messages, "follow-up-done", "followUp.markDone", Icons.OK, actions::markSelectedDone);
        Button delete = iconButton(messages, "follow-up-delete", "followUp.delete", Icons.DELETE,
                actions::deleteSelected);
        edit.disableProperty().bind(actions.selectedProperty().isNull());
        delete.disableProperty().bind(actions.selectedProperty().isNull());
        done.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                actions.selectedProperty().get() == null
                        || actions.selectedProperty().get().status() != ActionStatus.OPEN,
                actions.selectedProperty()));
        roles.guard(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS, add, edit, done, delete);
        HBox bar = new FittingBar(6, add, edit, done, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    /** One action a cell, its deadline, owner and status above its text: the page is too narrow for columns. */
    private ListView<FollowUpAction> table() {
        ListView<FollowUpAction> list = new ListView<>(actions.actions());
        list.setId("follow-up-actions");
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(messages.text("followUp.empty")));
        list.setCellFactory(ignored -> new ListCell<>() {
            @Override
            protected void updateItem(FollowUpAction action, boolean empty) {
                super.updateItem(action, empty);
                // As the decisions' cells: a zero preferred width lets the text wrap to the list's width.
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || action == null ? null : messages.text("followUp.line",
                        messages.date(action.deadline()), action.owner(),
                        messages.text(action.status().messageKey()), action.text()));
            }
        });
        linkSelection(list, actions.selectedProperty());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                edit(false);
            }
        });
        return list;
    }

    private void edit(boolean isNew) {
        if (roles.refused(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS)) {
            return;
        }
        FollowUpAction action = isNew ? null : actions.selectedProperty().get();
        if (actions.meetingProperty().get() == null || (!isNew && action == null)) {
            return;
        }
        AgendaItem from = action == null || action.agendaItem() == null ? null : agenda.stream()
                .filter(item -> item.id().equals(action.agendaItem())).findFirst().orElse(null);
        FollowUpEditorViewModel editor = new FollowUpEditorViewModel(actions.service(), runner, errors, messages,
                actions.meetingProperty().get().id(), action, from);
        new FollowUpEditorDialog(editor, List.copyOf(agenda), messages, owner).showAndWait()
                .ifPresent(saved -> actions.reload(Optional.of(saved.id())));
    }
}
