package org.octopusdesk.ui.projects;

import java.util.Optional;
import javafx.beans.binding.BooleanExpression;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.Shortcuts;
import org.octopusdesk.ui.common.GatedScreen;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.RowsInFrames;
import org.octopusdesk.ui.common.TableSelection;
import org.octopusdesk.ui.shell.AreaView;
import org.octopusdesk.ui.spending.SpendingPane;

/** The Projects area: a filterable, sortable list above the selected project's duration and history. */
public final class ProjectsView implements AreaView {

    private final SplitPane split;

    /** Ctrl+M: Edit › Change end date…, named in the button's tooltip. */
    static final KeyCode AMEND_KEY = KeyCode.M;

    private final ProjectListViewModel list;
    private final Messages messages;
    private final ProjectDialogs dialogs;
    private final BorderPane root = new BorderPane();
    private final TableView<ProjectRow> table;
    private final TextField filter = new TextField();
    private final RoleControls roles;
    private final SpendingPane spending;

    /** @param spending the Spending section of the selected project's page */
    public ProjectsView(ProjectListViewModel list, ProjectDetailViewModel detail, ProjectDialogs dialogs,
            Messages messages, SpendingPane spending, RoleControls roles) {
        this.list = list;
        this.spending = spending;
        this.roles = roles;
        this.messages = messages;
        this.dialogs = dialogs;
        table = ProjectTable.create(list.visibleRows(), messages, this::editSelected, this::deleteSelected,
                roles.emptyText(Permission.CHANGE_PROJECTS, "projects.empty", "projects.empty.fact"));
        // The list above its details: the list keeps every column readable, the details use the full width.
        split = new SplitPane(RowsInFrames.holding(table),
                new ProjectDetailPane(detail, messages, spending::node).root());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.36);
        root.setTop(roles.withNotice(toolbar(), GatedScreen.PROJECTS));
        root.setCenter(split);
        root.setId("projects-view");
        // Told of every row set, not only of a different one: a reload sets the selected project's new row, equal
        // when the project itself did not change, and its page (funding, spending) must still be read again.
        list.selectedProperty().addListener(observable -> {
            ProjectRow row = list.selectedProperty().get();
            detail.show(row == null ? null : row.project().id());
            spending.show(row == null ? null : row.project().id());
        });
        TableSelection.link(table, list.selectedProperty());
    }

    @Override
    public Node root() {
        return root;
    }

    /** Imports a spending file (Ctrl+I): its lines name their projects, whichever is selected. */
    public void importSpending() {
        spending.chooseImport();
    }

    /** Puts the cursor in the filter field (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public void newProject() {
        if (!roles.refused(Permission.CHANGE_PROJECTS)) {
            dialogs.create(list.projects(), this::select);
        }
    }

    public void editSelected() {
        if (roles.refused(Permission.CHANGE_PROJECTS)) {
            return;
        }
        selectedProject().ifPresent(project -> dialogs.edit(project, list.projects(), this::select));
    }

    public void amendSelected() {
        if (roles.refused(Permission.CHANGE_PROJECTS)) {
            return;
        }
        selectedProject().ifPresent(project -> dialogs.amend(project, list::reload));
    }

    public void deleteSelected() {
        if (!roles.refused(Permission.CHANGE_PROJECTS)) {
            list.deleteSelected();
        }
    }

    @Override
    public BooleanExpression nothingSelected() {
        return list.selectedProperty().isNull();
    }

    @Override
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
        Button create = button("action.newProject", Icons.NEW, Shortcuts.NEW);
        create.setOnAction(event -> newProject());
        Button edit = button("action.edit", Icons.EDIT, Shortcuts.EDIT);
        edit.setOnAction(event -> editSelected());
        Button amend = button("action.amend", Icons.AMEND, Shortcuts.ctrl(AMEND_KEY));
        amend.setOnAction(event -> amendSelected());
        Button delete = button("action.delete", Icons.DELETE, Shortcuts.DELETE);
        delete.setOnAction(event -> deleteSelected());
        for (Button needsSelection : new Button[] {edit, amend, delete}) {
            needsSelection.disableProperty().bind(list.selectedProperty().isNull());
        }
        roles.guard(Permission.CHANGE_PROJECTS, create, edit, amend, delete);
        filter.setId("project-filter");
        filter.setPromptText(messages.text("projects.filter.prompt"));
        HoverTooltips.explain(filter, Shortcuts.describe(messages.text("projects.filter.tooltip"), Shortcuts.FIND));
        filter.textProperty().bindBidirectional(list.filterProperty());
        filter.setPrefColumnCount(14);
        DatePicker asOf = Forms.datePicker(messages);
        asOf.setId("projects-as-of");
        asOf.valueProperty().bindBidirectional(list.asOfProperty());
        HoverTooltips.explain(asOf, messages.text("projects.asOf.tooltip"));
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
        HBox bar = FittingBar.toolBar(6, create, edit, amend, delete, spacer, filterBox, asOfBox);
        return bar;
    }

    private Button button(String key, String icon, KeyCombination shortcut) {
        Button button = new Button(messages.text(key), Icons.icon(icon));
        button.setId(key.replace('.', '-'));
        return Shortcuts.tooltip(button, messages.text(key + ".tooltip"), shortcut);
    }

    @Override
    public Optional<SplitPane> divided() {
        return Optional.of(split);
    }
}
