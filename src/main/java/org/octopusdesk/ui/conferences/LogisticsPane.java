package org.octopusdesk.ui.conferences;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.domain.conference.LogisticsStatus;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.TableSelection;

/**
 * The logistics tasks of an edition: a summary, the list by due date filtered by status with the late ones marked,
 * and the way to the checklist template new editions start from.
 */
final class LogisticsPane {

    private final LogisticsViewModel viewModel;
    private final Messages messages;
    private final Window owner;
    private final RoleControls roles;
    private final VBox root = new VBox(8);
    private final Label summary = new Label();

    LogisticsPane(LogisticsViewModel viewModel, Messages messages, Window owner, RoleControls roles) {
        this.viewModel = viewModel;
        this.roles = roles;
        this.messages = messages;
        this.owner = owner;
        summary.setId("logistics-summary");
        summary.getStyleClass().add("title-4");
        // Beside the checklist's button the French summary read "Aucune tâche · aucune faite · au…": it wraps.
        summary.setWrapText(true);
        summary.setMinWidth(0);
        TableView<LogisticsTask> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        Button checklist = button("logistics-checklist", "checklist.open", Icons.CHECK,
                () -> new ChecklistDialog(viewModel.checklist(), messages, owner, roles).open());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox summaryRow = new HBox(6, summary, spacer, checklist);
        summaryRow.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().setAll(toolbar(), summaryRow, table);
        root.setPadding(new Insets(6));
        root.setId("logistics-pane");
        viewModel.summaryProperty().addListener((observable, old, figures) -> drawSummary());
        viewModel.conferenceProperty().addListener((observable, old, edition) -> drawSummary());
        drawSummary();
    }

    Node node() {
        return root;
    }

    void newTask() {
        if (viewModel.conferenceProperty().get() != null) {
            open(null);
        }
    }

    private void drawSummary() {
        summary.setText(viewModel.conferenceProperty().get() == null ? "" : viewModel.summaryText());
    }

    private void open(LogisticsTask task) {
        if (roles.refused(Permission.CHANGE_CONFERENCES)) {
            return;
        }
        new LogisticsTaskEditorDialog(viewModel.editor(task), messages, owner).showAndWait()
                .ifPresent(saved -> viewModel.reload(Optional.of(saved.id())));
    }

    private Node toolbar() {
        Button add = button("logistics-new", "logistics.new", Icons.NEW, this::newTask);
        add.disableProperty().bind(viewModel.conferenceProperty().isNull());
        Button edit = iconButton("logistics-edit", "logistics.edit", Icons.EDIT,
                () -> Optional.ofNullable(viewModel.selectedProperty().get()).ifPresent(this::open));
        edit.disableProperty().bind(viewModel.selectedProperty().isNull());
        Button done = iconButton("logistics-done", "logistics.markDone", Icons.OK, viewModel::markSelectedDone);
        done.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.selectedProperty().get() == null
                || !viewModel.selectedProperty().get().status().isUnfinished(), viewModel.selectedProperty()));
        Button delete = iconButton("logistics-delete", "logistics.delete", Icons.DELETE,
                roles.gated(Permission.CHANGE_CONFERENCES, viewModel::deleteSelected));
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        roles.guard(Permission.CHANGE_CONFERENCES, add, edit, done, delete);
        ComboBox<LogisticsStatus> status = Choices.filter("logistics-status-filter",
                FXCollections.observableArrayList(LogisticsStatus.values()), value -> messages.text(value.messageKey()),
                messages.text("logistics.status.all"));
        status.valueProperty().bindBidirectional(viewModel.statusFilterProperty());
        HBox bar = new FittingBar(6, add, edit, done, delete, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button button = new Button(messages.text(key), Icons.icon(icon));
        button.setId(id);
        // The checklist's button sits beside the summary, outside the row of actions: it keeps its words itself.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A button that shows only its icon, named by its tooltip: the tab is too narrow for every word. */
    private Button iconButton(String id, String key, String icon, Runnable action) {
        Button button = button(id, key, icon, action);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        HoverTooltips.explain(button, messages.text(key));
        button.setAccessibleText(messages.text(key));
        return button;
    }

    private TableView<LogisticsTask> table() {
        TableView<LogisticsTask> table = new TableView<>(viewModel.tasks());
        table.setId("logistics-table");
        ColumnTitles.shownWhole(table);
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(
                viewModel.statusFilterProperty().get() == null
                        ? roles.emptyText(Permission.CHANGE_CONFERENCES, "logistics.empty", "logistics.empty.fact")
                        : messages.text("logistics.emptyFiltered")),
                viewModel.statusFilterProperty()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinHeight(180);
        // The due date and the status turn to warnings on a late task; the title takes the width that is left.
        TableColumn<LogisticsTask, LogisticsTask> due = lateAware("logistics.due", task -> task.due() == null
                ? messages.text("logistics.due.none") : messages.date(task.due()), 104, false);
        TableColumn<LogisticsTask, LogisticsTask> status = lateAware("logistics.status", task ->
                viewModel.isOverdue(task) ? messages.text("logistics.statusOverdue",
                        messages.text(task.status().messageKey())) : messages.text(task.status().messageKey()), 150,
                true);
        table.getColumns().setAll(List.of(due, status,
                column("logistics.category", task -> messages.text(task.category().messageKey()), 110),
                column("logistics.owner", LogisticsTask::owner, 90),
                column("logistics.title", LogisticsTask::title, 200)));
        TableSelection.link(table, viewModel.selectedProperty());
        TableSelection.actions(table, () -> Optional.ofNullable(viewModel.selectedProperty().get())
                .ifPresent(this::open), roles.gated(Permission.CHANGE_CONFERENCES, viewModel::deleteSelected));
        return table;
    }

    private TableColumn<LogisticsTask, String> column(String key, Function<LogisticsTask, String> value,
            double width) {
        TableColumn<LogisticsTask, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }

    /** A column whose cell turns to a warning while the task is late, with the warning's icon if {@code icon}. */
    private TableColumn<LogisticsTask, LogisticsTask> lateAware(String key, Function<LogisticsTask, String> text,
            double width, boolean icon) {
        TableColumn<LogisticsTask, LogisticsTask> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(width);
        column.setSortable(false);
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(LogisticsTask task, boolean empty) {
                super.updateItem(task, empty);
                boolean late = !empty && task != null && viewModel.isOverdue(task);
                setText(empty || task == null ? null : text.apply(task));
                setGraphic(late && icon ? Icons.icon(Icons.WARNING) : null);
                getStyleClass().remove("warning-text");
                if (late) {
                    getStyleClass().add("warning-text");
                }
            }
        });
        return column;
    }
}
