package org.octopusdesk.ui.meetings;

import java.util.List;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
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

    /** @param agenda the shown meeting's agenda items, one of which an action may come from */
    FollowUpPane(FollowUpViewModel actions, ObservableList<AgendaItem> agenda, BackgroundRunner runner,
            ErrorReporter errors, Messages messages, Window owner) {
        this.actions = actions;
        this.agenda = agenda;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        Label heading = new Label(messages.text("followUp.heading"));
        heading.getStyleClass().add("title-4");
        root.setId("follow-up-pane");
        root.getChildren().setAll(heading, buttons(), table());
    }

    Node node() {
        return root;
    }

    private Node buttons() {
        Button add = button("follow-up-add", "followUp.add", Icons.NEW, () -> edit(true));
        add.disableProperty().bind(actions.meetingProperty().isNull());
        Button edit = iconButton("follow-up-edit", "followUp.edit", Icons.EDIT, () -> edit(false));
        Button done = iconButton("follow-up-done", "followUp.markDone", Icons.OK, actions::markSelectedDone);
        Button delete = iconButton("follow-up-delete", "followUp.delete", Icons.DELETE, actions::deleteSelected);
        edit.disableProperty().bind(actions.selectedProperty().isNull());
        delete.disableProperty().bind(actions.selectedProperty().isNull());
        done.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() ->
                actions.selectedProperty().get() == null
                        || actions.selectedProperty().get().status() != ActionStatus.OPEN,
                actions.selectedProperty()));
        HBox bar = new HBox(6, add, edit, done, delete);
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
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, value) ->
                actions.selectedProperty().set(value));
        actions.selectedProperty().addListener((observable, old, value) -> {
            if (value == null) {
                list.getSelectionModel().clearSelection();
            } else if (!value.equals(list.getSelectionModel().getSelectedItem())) {
                list.getSelectionModel().select(value);
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                edit(false);
            }
        });
        return list;
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button button = new Button(messages.text(key), Icons.icon(icon));
        button.setId(id);
        button.setTooltip(new Tooltip(messages.text(key)));
        button.setOnAction(event -> action.run());
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    /** A button that shows only its icon, named by its tooltip, as the agenda's are. */
    private Button iconButton(String id, String key, String icon, Runnable action) {
        Button button = button(id, key, icon, action);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAccessibleText(messages.text(key));
        return button;
    }

    private void edit(boolean isNew) {
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
