package org.octopusdesk.ui.projects;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.Icons;

/** The Projects area: a filterable, sortable list beside the selected project's duration and history. */
public final class ProjectsView {

    private final ProjectListViewModel list;
    private final Messages messages;
    private final ProjectDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<ProjectRow> table = new TableView<>();
    private final TextField filter = new TextField();

    public ProjectsView(ProjectListViewModel list, ProjectDetailViewModel detail, ProjectDialogs dialogs,
            Messages messages) {
        this.list = list;
        this.messages = messages;
        this.dialogs = dialogs;
        buildTable();
        // The list above its details: the list keeps every column readable, the details use the full width.
        SplitPane split = new SplitPane(table, new ProjectDetailPane(detail, messages).root());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        root.setTop(toolbar());
        root.setCenter(split);
        root.setId("projects-view");
        list.selectedProperty().addListener((observable, old, row) -> {
            detail.show(row == null ? null : row.project().id());
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null || list.visibleRows().isEmpty()) {
                list.selectedProperty().set(row);
            }
        });
    }

    public Node root() {
        return root;
    }

    /** Puts the cursor in the filter field (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public void newProject() {
        dialogs.create(list.projects(), this::select);
    }

    public void editSelected() {
        selectedProject().ifPresent(project -> dialogs.edit(project, list.projects(), this::select));
    }

    public void amendSelected() {
        selectedProject().ifPresent(project -> dialogs.amend(project, list::reload));
    }

    public void deleteSelected() {
        list.deleteSelected();
    }

    public void reload() {
        list.reload();
    }

    private void select(Project project) {
        select(project.id());
    }

    /** Shows the project with its details; the list is read again first. */
    public void select(org.octopusdesk.domain.project.ProjectId id) {
        list.reload(Optional.of(id));
    }

    private Optional<Project> selectedProject() {
        return Optional.ofNullable(list.selectedProperty().get()).map(ProjectRow::project);
    }

    private HBox toolbar() {
        Button create = button("action.newProject", Icons.NEW, "Ctrl+N");
        create.setOnAction(event -> newProject());
        Button edit = button("action.edit", Icons.EDIT, "Ctrl+E");
        edit.setOnAction(event -> editSelected());
        Button amend = button("action.amend", Icons.AMEND, null);
        amend.setOnAction(event -> amendSelected());
        Button delete = button("action.delete", Icons.DELETE, "Delete");
        delete.setOnAction(event -> list.deleteSelected());
        for (Button needsSelection : new Button[] {edit, amend, delete}) {
            needsSelection.disableProperty().bind(list.selectedProperty().isNull());
        }
        filter.setId("project-filter");
        filter.setPromptText(messages.text("projects.filter.prompt"));
        filter.setTooltip(new Tooltip(messages.text("projects.filter.tooltip")));
        filter.textProperty().bindBidirectional(list.filterProperty());
        filter.setPrefColumnCount(14);
        DatePicker asOf = Forms.datePicker(messages);
        asOf.setId("projects-as-of");
        asOf.valueProperty().bindBidirectional(list.asOfProperty());
        asOf.setTooltip(new Tooltip(messages.text("projects.asOf.tooltip")));
        asOf.setPrefWidth(150);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label asOfLabel = new Label(messages.text("projects.asOf"));
        asOfLabel.setLabelFor(asOf);
        HBox filterBox = new HBox(6, Icons.icon(Icons.FIND), filter);
        filterBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox asOfBox = new HBox(6, asOfLabel, asOf);
        asOfBox.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        // An HBox styled as a tool bar: when space runs short the filter narrows instead of the date
        // disappearing into an overflow menu.
        filter.setMinWidth(110);
        HBox.setHgrow(filterBox, Priority.SOMETIMES);
        HBox bar = new HBox(6, create, edit, amend, delete, spacer, filterBox, asOfBox);
        bar.getStyleClass().add("tool-bar");
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private Button button(String key, String icon, String shortcut) {
        Button button = new Button(messages.text(key), Icons.icon(icon));
        button.setId(key.replace('.', '-'));
        String tip = messages.text(key + ".tooltip");
        button.setTooltip(new Tooltip(shortcut == null ? tip : tip + " (" + shortcut + ")"));
        return button;
    }

    private void buildTable() {
        table.setId("projects-table");
        SortedList<ProjectRow> sorted = new SortedList<>(list.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.text("projects.empty")));
        TableColumn<ProjectRow, String> code = column("project.code", row -> row.project().code());
        code.setPrefWidth(90);
        TableColumn<ProjectRow, String> name = column("project.name", row -> row.project().name());
        name.setPrefWidth(240);
        // Sorted as people read names (accents, case), not by character codes.
        java.text.Collator collator = java.text.Collator.getInstance(messages.locale());
        name.setComparator(collator::compare);
        TableColumn<ProjectRow, java.time.LocalDate> start = column("project.start", row -> row.project().start());
        start.setCellFactory(column -> ProjectCells.date(messages));
        TableColumn<ProjectRow, java.time.LocalDate> end = column("project.currentEnd",
                row -> row.project().currentEnd());
        end.setCellFactory(column -> ProjectCells.date(messages));
        TableColumn<ProjectRow, Long> total = column("projects.column.days", row -> row.duration().totalDays());
        total.setCellFactory(column -> ProjectCells.number(messages));
        TableColumn<ProjectRow, java.math.BigDecimal> elapsed = column("projects.column.elapsed",
                row -> row.duration().percentElapsed());
        elapsed.setCellFactory(column -> ProjectCells.progress(messages));
        elapsed.setPrefWidth(150);
        for (TableColumn<ProjectRow, ?> dates : java.util.List.of(start, end)) {
            dates.setPrefWidth(105);
        }
        TableColumn<ProjectRow, String> state = column("duration.state",
                row -> messages.text(row.duration().state().messageKey()));
        TableColumn<ProjectRow, String> status = column("project.status",
                row -> messages.text(row.project().status().messageKey()));
        table.getColumns().setAll(java.util.List.of(code, name, start, end, total, elapsed, state, status));
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && list.selectedProperty().get() != null) {
                editSelected();
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                list.deleteSelected();
            } else if (event.getCode() == KeyCode.ENTER) {
                editSelected();
            }
        });
    }

    private <T> TableColumn<ProjectRow, T> column(String key, Function<ProjectRow, T> value) {
        TableColumn<ProjectRow, T> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> constant(value.apply(cell.getValue())));
        return column;
    }

    private static <T> ObservableValue<T> constant(T value) {
        return Bindings.createObjectBinding(() -> value);
    }
}
