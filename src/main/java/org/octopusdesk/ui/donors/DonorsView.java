package org.octopusdesk.ui.donors;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.Shortcuts;
import org.octopusdesk.ui.common.GatedScreen;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.RowsInFrames;
import org.octopusdesk.ui.common.TableSelection;
import org.octopusdesk.ui.shell.AreaView;

/** The Donors area: the list of donors, filtered as one types, beside the selected donor's details. */
public final class DonorsView implements AreaView {

    private final SplitPane split;

    private final DonorListViewModel list;
    private final Messages messages;
    private final DonorService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Window owner;
    private final BorderPane root = new BorderPane();
    private final DonorDetailPane detail;
    private final TextField filter = new TextField();
    private final RoleControls roles;

    /** @param onShowContributions opens the Contributions area on one donor's contributions */
    public DonorsView(DonorListViewModel list, DonorService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Window owner, java.util.function.Consumer<Donor> onShowContributions,
            RoleControls roles) {
        this.list = list;
        this.roles = roles;
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        detail = new DonorDetailPane(messages, list, onShowContributions);
        split = new SplitPane(RowsInFrames.holding(table()), detail.node());
        // The page needs about 620 px for its totals: the list takes the rest, and all of a wider window; a name cut
        // short shows in full as its cell's tooltip.
        split.setDividerPositions(0.4);
        SplitPane.setResizableWithParent(detail.node(), false);
        root.setTop(roles.withNotice(toolbar(), GatedScreen.DONORS));
        root.setCenter(split);
        root.setId("donors-view");
        list.selectedProperty().addListener((observable, old, donor) -> detail.show(donor));
        detail.show(null);
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public BooleanExpression nothingSelected() {
        return list.selectedProperty().isNull();
    }

    @Override
    public void reload() {
        list.reload();
    }

    public void newDonor() {
        if (!roles.refused(Permission.CHANGE_DONORS)) {
            open(null);
        }
    }

    /** Opens the selected donor's form, if one is selected. */
    public void editSelected() {
        if (roles.refused(Permission.CHANGE_DONORS)) {
            return;
        }
        Optional.ofNullable(list.selectedProperty().get()).ifPresent(this::open);
    }

    /** Asks to delete the selected donor, if one is selected. */
    public void deleteSelected() {
        if (!roles.refused(Permission.CHANGE_DONORS)) {
            list.deleteSelected();
        }
    }

    /** Puts the cursor in the filter field (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    private void open(Donor donor) {
        DonorEditorViewModel editor = new DonorEditorViewModel(service, runner, errors, messages, donor);
        new DonorEditorDialog(editor, messages, owner).showAndWait()
                .ifPresent(saved -> list.reload(Optional.of(saved.id())));
    }

    private Node toolbar() {
        Button create = new Button(messages.text("donor.new"), Icons.icon(Icons.NEW));
        create.setId("donor-new");
        Shortcuts.tooltip(create, messages.text("donor.new.tooltip"), Shortcuts.NEW);
        create.setOnAction(event -> newDonor());
        Button edit = new Button(messages.text("action.edit"), Icons.icon(Icons.EDIT));
        edit.setId("donor-edit");
        Shortcuts.tooltip(edit, messages.text("donor.edit.tooltip"), Shortcuts.EDIT);
        edit.setOnAction(event -> editSelected());
        Button delete = new Button(messages.text("action.delete"), Icons.icon(Icons.DELETE));
        delete.setId("donor-delete");
        Shortcuts.tooltip(delete, messages.text("donor.delete.tooltip"), Shortcuts.DELETE);
        delete.setOnAction(event -> deleteSelected());
        edit.disableProperty().bind(list.selectedProperty().isNull());
        delete.disableProperty().bind(list.selectedProperty().isNull());
        roles.guard(Permission.CHANGE_DONORS, create, edit, delete);
        filter.setId("donor-filter");
        HoverTooltips.explain(filter, Shortcuts.describe(messages.text("donor.filter.prompt"), Shortcuts.FIND));
        filter.setPromptText(messages.text("donor.filter.prompt"));
        filter.textProperty().bindBidirectional(list.filterProperty());
        filter.setPrefColumnCount(16);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = FittingBar.toolBar(6, create, edit, delete, spacer, Icons.icon(Icons.FIND), filter);
        return bar;
    }

    private TableView<Donor> table() {
        TableView<Donor> table = new TableView<>();
        table.setId("donors-table");
        SortedList<Donor> sorted = new SortedList<>(list.visibleDonors());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(roles.emptyText(Permission.CHANGE_DONORS, "donor.empty", "donor.empty.fact")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Each column at least as wide as its title, in French too (decision 0045).
        ColumnTitles.shownWhole(table);
        TableColumn<Donor, String> name = column("donor.name", Donor::name, 215);
        name.setComparator(java.text.Collator.getInstance(messages.locale())::compare);
        table.getColumns().setAll(List.of(name,
                column("donor.kind", donor -> messages.text(donor.kind().messageKey()), 125),
                column("donor.country", Donor::country, 110)));
        TableSelection.link(table, list.selectedProperty());
        TableSelection.actions(table, this::editSelected, this::deleteSelected);
        return table;
    }

    private TableColumn<Donor, String> column(String key, Function<Donor, String> value, double width) {
        TableColumn<Donor, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }

    @Override
    public Optional<SplitPane> divided() {
        return Optional.of(split);
    }
}
