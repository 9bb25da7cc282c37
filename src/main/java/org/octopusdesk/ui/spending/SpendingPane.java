package org.octopusdesk.ui.spending;

import java.io.File;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.service.rates.EcbRatesUpdate;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.Icons;

/** The Spending section of a project's page: its money against time, then its expenditure lines and their actions. */
public final class SpendingPane {

    private final SpendingViewModel viewModel;
    private final Messages messages;
    private final Window owner;
    private final EcbRatesUpdate ratesUpdate;
    private final RoleControls roles;
    private VBox root;

    public SpendingPane(SpendingViewModel viewModel, Messages messages, Window owner, EcbRatesUpdate ratesUpdate,
            RoleControls roles) {
        this.viewModel = viewModel;
        this.roles = roles;
        this.messages = messages;
        this.owner = owner;
        this.ratesUpdate = ratesUpdate;
    }

    /**
     * The section, made when first asked for: the projects' page shows it only once a project is selected, and
     * making its figures, toolbar and table cost 11-16 ms of the projects' first show (decision 0043).
     */
    public Node node() {
        if (root == null) {
            Label total = new Label();
            total.getStyleClass().add("text-muted");
            total.textProperty().bind(viewModel.totalTextProperty());
            root = new VBox(10, new FinanceFigures(viewModel, messages).node(), toolbar(),
                    SpendingTable.create(viewModel, messages, () -> open(false), this::deleteSelected), total);
            root.setId("spending-section");
        }
        return root;
    }

    /** Shows the spending of a project, or nothing for {@code null}. */
    public void show(ProjectId project) {
        viewModel.show(project);
    }

    private void open(boolean newLine) {
        if (roles.refused(Permission.CHANGE_SPENDING)) {
            return;
        }
        viewModel.editor(newLine).ifPresent(editor -> {
            editor.conversionPreview().offerRatesUpdate(ratesUpdate);
            new ExpenditureDialog(editor, messages, owner).showAndWait().ifPresent(viewModel::saved);
        });
    }

    private void deleteSelected() {
        if (!roles.refused(Permission.CHANGE_SPENDING)) {
            viewModel.deleteSelected();
        }
    }

    /** Asks for a spending file and imports it (the import button, and Ctrl+I in the projects' area). */
    public void chooseImport() {
        if (roles.refused(Permission.CHANGE_SPENDING)) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("spending.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("contribution.csv.filter"),
                "*.csv"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            viewModel.importFrom(file.toPath());
        }
    }

    private Node toolbar() {
        Button create = button("spending.new", Icons.NEW, "spending-new", () -> open(true));
        Button edit = button("action.edit", Icons.EDIT, "spending-edit", () -> open(false));
        Button delete = button("action.delete", Icons.DELETE, "spending-delete", this::deleteSelected);
        Button importButton = button("spending.import", Icons.IMPORT, "spending-import", this::chooseImport);
        HoverTooltips.explain(importButton, messages.text("spending.import.tooltip"));
        create.disableProperty().bind(viewModel.projectProperty().isNull());
        importButton.disableProperty().bind(viewModel.importingProperty().or(viewModel.projectProperty().isNull()));
        edit.disableProperty().bind(viewModel.selectedProperty().isNull());
        delete.disableProperty().bind(viewModel.selectedProperty().isNull());
        roles.guard(Permission.CHANGE_SPENDING, create, edit, delete, importButton);
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(viewModel.importingProperty());
        ComboBox<ExpenditureCategory> category = Choices.filter("spending-filter-category",
                FXCollections.observableArrayList(SpendingViewModel.categories()),
                value -> messages.text(value.messageKey()), messages.text("filter.anyCategory"));
        category.valueProperty().bindBidirectional(viewModel.categoryFilterProperty());
        ComboBox<Integer> year = Choices.filter("spending-filter-year", viewModel.yearChoices(), String::valueOf,
                messages.text("filter.anyYear"));
        year.valueProperty().bindBidirectional(viewModel.yearFilterProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label show = new Label(messages.text("filter.show"));
        show.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new FittingBar(6, create, edit, delete, importButton, working, spacer, show, category, year);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Button button(String key, String icon, String id, Runnable action) {
        Button button = new Button(messages.text(key), Icons.icon(icon));
        button.setId(id);
        // A narrow page squeezes the space between the groups, never a button's words.
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }
}
