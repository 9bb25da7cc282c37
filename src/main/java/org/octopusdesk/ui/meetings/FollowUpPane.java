package org.octopusdesk.ui.meetings;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
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
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.TableSelection;

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
        Button done = button("follow-up-done", "followUp.markDone", Icons.OK, actions::markSelectedDone);
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

    private TableView<FollowUpAction> table() {
        TableView<FollowUpAction> table = new TableView<>(actions.actions());
        table.setId("follow-up-table");
        table.setPrefHeight(150);
        table.setPlaceholder(new Label(messages.text("followUp.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("followUp.deadline", action -> messages.date(action.deadline()), 95),
                column("followUp.owner", FollowUpAction::owner, 110),
                column("followUp.status", action -> messages.text(action.status().messageKey()), 80),
                column("followUp.text", FollowUpAction::text, 220)));
        TableSelection.link(table, actions.selectedProperty());
        TableSelection.actions(table, () -> edit(false), actions::deleteSelected);
        return table;
    }

    private TableColumn<FollowUpAction, String> column(String key, Function<FollowUpAction, String> value,
            double width) {
        TableColumn<FollowUpAction, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
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
