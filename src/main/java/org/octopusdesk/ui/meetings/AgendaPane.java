package org.octopusdesk.ui.meetings;

import static org.octopusdesk.ui.meetings.PageControls.iconButton;
import static org.octopusdesk.ui.meetings.PageControls.linkSelection;
import static org.octopusdesk.ui.meetings.PageControls.textButton;

import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.Decision;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.Icons;

/** The meeting's agenda on its page: the numbered items, and under them the selected item's decisions. */
final class AgendaPane {

    private final AgendaViewModel agenda;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Window owner;
    private final VBox root = new VBox(6);
    private final org.octopusdesk.ui.common.RoleControls roles;

    AgendaPane(AgendaViewModel agenda, BackgroundRunner runner, ErrorReporter errors, Messages messages,
            Window owner, org.octopusdesk.ui.common.RoleControls roles) {
        this.agenda = agenda;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        this.roles = roles;
        root.setId("agenda-pane");
        root.getChildren().setAll(heading("agenda.heading"), itemButtons(), items(),
                heading("decision.heading"), decisionButtons(), decisions());
    }

    Node node() {
        return root;
    }

    private Label heading(String key) {
        Label heading = new Label(messages.text(key));
        heading.getStyleClass().add("title-4");
        return heading;
    }

    private ListView<AgendaItem> items() {
        ListView<AgendaItem> list = new ListView<>(agenda.items());
        list.setId("agenda-items");
        list.setPrefHeight(170);
        list.setPlaceholder(new Label(messages.text("agenda.empty")));
        list.setCellFactory(ignored -> new ListCell<>() {
            @Override
            protected void updateItem(AgendaItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                String documents = item.documents().isEmpty() ? ""
                        : "\n" + messages.text("agenda.documents.line", item.documents());
                setText(messages.text("agenda.line", item.number(), item.title(), item.decisions().size())
                        + documents);
            }
        });
        linkSelection(list, agenda.selectedProperty());
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                editItem(false);
            }
        });
        return list;
    }

    private ListView<Decision> decisions() {
        ListView<Decision> list = new ListView<>(agenda.decisions());
        list.setId("agenda-decisions");
        list.setPrefHeight(130);
        list.setPlaceholder(new Label(messages.text("decision.empty")));
        list.setCellFactory(ignored -> new ListCell<>() {
            @Override
            protected void updateItem(Decision decision, boolean empty) {
                super.updateItem(decision, empty);
                setWrapText(true);
                setPrefWidth(0);
                setText(empty || decision == null ? null : messages.text("decision.line", decision.text()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, value) ->
                agenda.selectedDecisionProperty().set(value));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                editDecision(false);
            }
        });
        return list;
    }

    private Node itemButtons() {
        Button add = textButton(messages, "agenda-add", "agenda.add", Icons.NEW, () -> editItem(true));
        add.disableProperty().bind(agenda.meetingProperty().isNull());
        Button edit = iconButton(messages, "agenda-edit", "agenda.edit", Icons.EDIT, () -> editItem(false));
        Button up = iconButton(messages, "agenda-up", "agenda.up", Icons.UP, () -> agenda.move(true));
        Button down = iconButton(messages, "agenda-down", "agenda.down", Icons.DOWN, () -> agenda.move(false));
        Button delete = iconButton(messages, "agenda-delete", "agenda.delete", Icons.DELETE, agenda::deleteSelected);
        for (Button needsItem : new Button[] {edit, up, down, delete}) {
            needsItem.disableProperty().bind(agenda.selectedProperty().isNull());
        }
        roles.guard(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS, add, edit, up, down, delete);
        HBox bar = new FittingBar(6, add, edit, up, down, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node decisionButtons() {
        Button add = textButton(messages, "decision-add", "decision.add", Icons.NEW, () -> editDecision(true));
        add.disableProperty().bind(agenda.selectedProperty().isNull());
        Button edit = iconButton(messages, "decision-edit", "decision.edit", Icons.EDIT, () -> editDecision(false));
        Button delete = iconButton(messages, "decision-delete", "decision.delete", Icons.DELETE,
                agenda::deleteSelectedDecision);
        edit.disableProperty().bind(agenda.selectedDecisionProperty().isNull());
        delete.disableProperty().bind(agenda.selectedDecisionProperty().isNull());
        roles.guard(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS, add, edit, delete);
        HBox bar = new FittingBar(6, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void editItem(boolean isNew) {
        if (roles.refused(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS)) {
            return;
        }
        AgendaItem item = isNew ? null : agenda.selectedProperty().get();
        if (agenda.meetingProperty().get() == null || (!isNew && item == null)) {
            return;
        }
        AgendaItemEditorViewModel editor = new AgendaItemEditorViewModel(agenda.service(), runner, errors, messages,
                agenda.meetingProperty().get().id(), item);
        AgendaDialogs.item(editor, messages, owner).showAndWait()
                .ifPresent(saved -> agenda.reload(Optional.of(saved.id())));
    }

    private void editDecision(boolean isNew) {
        if (roles.refused(org.octopusdesk.domain.people.Permission.CHANGE_MEETINGS)) {
            return;
        }
        AgendaItem item = agenda.selectedProperty().get();
        Decision decision = isNew ? null : agenda.selectedDecisionProperty().get();
        if (item == null || (!isNew && decision == null)) {
            return;
        }
        DecisionEditorViewModel editor = new DecisionEditorViewModel(agenda.service(), runner, errors, messages,
                item.id(), decision);
        AgendaDialogs.decision(editor, item, messages, owner).showAndWait()
                .ifPresent(saved -> agenda.reload(Optional.of(item.id())));
    }
}
