package org.octopusdesk.ui.contributions;

import java.io.File;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.rates.EcbRatesUpdate;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.ColumnTitles;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.RoleGate;
import org.octopusdesk.ui.common.RowsInFrames;
import org.octopusdesk.ui.common.Shortcuts;
import org.octopusdesk.ui.common.TableSelection;
import org.octopusdesk.ui.common.Tables;
import org.octopusdesk.ui.shell.AreaView;

/**
 * The Contributions area: filters above a list paged by the database, the selected contribution below, and the
 * actions of the assistant who logs pledges and payments.
 */
public final class ContributionsView implements AreaView {

    /** The agreement's day with the sort arrow beside it. */
    private static final double DAY_AND_ARROW = Tables.DAY + 8;
    private final SplitPane split;

    /** Ctrl+R: Edit › Payment received…, named in the button's tooltip. */
    static final KeyCode PAYMENT_KEY = KeyCode.R;

    private final ContributionListViewModel list;
    private final ContributionService service;
    private final BackgroundRunner runner;
    private final DialogService dialogs;
    private final ErrorReporter errors;
    private final Messages messages;
    private final Window owner;
    private final Supplier<LocalDate> today;
    private final EcbRatesUpdate ratesUpdate;
    private final RoleGate gate;
    private final BorderPane root = new BorderPane();
    private final ContributionDetailPane detail;
    private final TableView<Contribution> table = new TableView<>();
    private final Map<TableColumn<Contribution, ?>, ContributionQuery.Sort> sortable = new java.util.HashMap<>();

    public ContributionsView(ContributionListViewModel list, ContributionService service, BackgroundRunner runner,
            DialogService dialogs, ErrorReporter errors, Messages messages, Window owner, Supplier<LocalDate> today,
            EcbRatesUpdate ratesUpdate, RoleGate gate) {
        this.list = list;
        this.service = service;
        this.runner = runner;
        this.dialogs = dialogs;
        this.errors = errors;
        this.messages = messages;
        this.owner = owner;
        this.today = today;
        this.ratesUpdate = ratesUpdate;
        this.gate = gate;
        detail = new ContributionDetailPane(messages, list.payments(), list.history(), list::removePayment,
                payment -> gate.allowsPaymentRemoval(payment.valueDate(), today.get()));
        VBox top = new VBox(toolbar(), filters());
        roleNotice().ifPresent(notice -> top.getChildren().add(1, notice));
        BorderPane listPane = new BorderPane(RowsInFrames.holding(table()), null, null, pager(), null);
        split = new SplitPane(listPane, detail.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        root.setTop(top);
        root.setCenter(split);
        root.setId("contributions-view");
        list.selectedProperty().addListener((observable, old, contribution) -> detail.show(contribution));
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

    public void newPledge() {
        if (!refused(Permission.CHANGE_MONEY)) {
            open(null);
        }
    }

    /**
     * What the role may not do here, in a line under the toolbar: a disabled button shows no tooltip, so the reason
     * stays in sight (decision 0034). Nothing on the embedded database or for a programme manager.
     */
    private Optional<Node> roleNotice() {
        String notice = gate.notice(Permission.CHANGE_MONEY, Permission.CANCEL_PLEDGE,
                Permission.DELETE_EARLIER_PAYMENT);
        if (notice.isEmpty()) {
            return Optional.empty();
        }
        Label line = new Label(notice);
        line.setId("contributions-role-notice");
        line.setWrapText(true);
        line.getStyleClass().add("text-muted");
        line.setPadding(new Insets(0, 10, 4, 10));
        return Optional.of(line);
    }

    /** Says why, when the role may not; for menu items and shortcuts, which stay enabled whatever the area. */
    private boolean refused(Permission permission) {
        Optional<String> reason = gate.reason(permission);
        reason.ifPresent(why -> dialogs.showInformation(messages.text("error.title"), why));
        return reason.isPresent();
    }

    /** Shows only the contributions of one donor (from the donor's page). */
    public void showDonor(Donor donor) {
        list.clearFilters();
        list.donorFilterProperty().set(donor);
    }

    /** Opens the selected pledge's form, if one is selected. */
    public void editSelected() {
        if (refused(Permission.CHANGE_MONEY)) {
            return;
        }
        Optional.ofNullable(list.selectedProperty().get()).ifPresent(this::open);
    }

    /** Asks to delete the selected pledge, if one is selected. */
    public void deleteSelected() {
        if (!refused(Permission.CHANGE_MONEY)) {
            list.deleteSelected();
        }
    }

    private void open(Contribution contribution) {
        // The donors and projects to choose from are the filters' own, read with the list.
        ContributionEditorViewModel editor = new ContributionEditorViewModel(service, runner, errors, messages,
                contribution, List.copyOf(list.donorChoices()), List.copyOf(list.projectChoices()),
                List.copyOf(list.editionChoices()));
        if (contribution == null) {
            // No earmark line at first: a pledge may be earmarked to nothing, and an empty line would insist on a
            // project (Add earmark makes one).
            editor.proposeNew(today.get(), Optional.ofNullable(list.donorFilterProperty().get()));
        }
        new ContributionEditorDialog(editor, messages, owner).showAndWait()
                .ifPresent(saved -> list.reload(Optional.of(saved.id())));
    }

    /** Logs a payment received for the selected pledge, if it is still open. */
    public void addPayment() {
        Contribution contribution = list.selectedProperty().get();
        if (contribution == null || !acceptsPayments(contribution) || refused(Permission.CHANGE_MONEY)) {
            return;
        }
        PaymentEditorViewModel payment = new PaymentEditorViewModel(service, runner, dialogs, errors, messages,
                contribution, today.get());
        payment.conversionPreview().offerRatesUpdate(ratesUpdate);
        new PaymentDialog(payment, messages, owner).showAndWait()
                .ifPresent(saved -> list.reload(Optional.of(saved.id())));
    }

    /** Cancels the selected pledge, if it is still open. */
    public void cancelPledge() {
        Contribution contribution = list.selectedProperty().get();
        if (contribution == null || !contribution.status().isOpen() || refused(Permission.CANCEL_PLEDGE)) {
            return;
        }
        CancelPledgeViewModel cancel = new CancelPledgeViewModel(service, runner, errors, messages, contribution,
                today.get());
        new CancelPledgeDialog(cancel, messages, owner).showAndWait()
                .ifPresent(saved -> list.reload(Optional.of(saved.id())));
    }

    /** Asks for a CSV file of contributions and imports it. */
    public void chooseImport() {
        if (refused(Permission.CHANGE_MONEY)) {
            return;
        }
        FileChooser chooser = csvChooser("contribution.import.choose");
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            list.importFrom(file.toPath());
        }
    }

    /** Asks where to write the listed contributions as CSV. */
    public void chooseExport() {
        FileChooser chooser = csvChooser("contribution.export.choose");
        chooser.setInitialFileName("contributions.csv");
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            list.exportTo(file.toPath());
        }
    }

    private FileChooser csvChooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("contribution.csv.filter"),
                "*.csv"));
        return chooser;
    }

    private Node toolbar() {
        Button create = button("contribution.new", Icons.NEW, "contribution-new");
        Shortcuts.tooltip(create, messages.text("contribution.new.tooltip"), Shortcuts.NEW);
        create.setOnAction(event -> newPledge());
        Button edit = button("action.edit", Icons.EDIT, "contribution-edit");
        Shortcuts.tooltip(edit, messages.text("contribution.edit.tooltip"), Shortcuts.EDIT);
        edit.setOnAction(event -> editSelected());
        Button pay = button("payment.add", Icons.PAYMENT, "payment-add");
        Shortcuts.tooltip(pay, messages.text("payment.add.tooltip"), Shortcuts.ctrl(PAYMENT_KEY));
        pay.setOnAction(event -> addPayment());
        Button cancel = button("contribution.cancel", Icons.CANCEL, "contribution-cancel");
        cancel.setOnAction(event -> cancelPledge());
        Button delete = button("action.delete", Icons.DELETE, "contribution-delete");
        Shortcuts.tooltip(delete, messages.text("contribution.delete.tooltip"), Shortcuts.DELETE);
        delete.setOnAction(event -> deleteSelected());
        var none = list.selectedProperty().isNull();
        BooleanExpression noMoney = new SimpleBooleanProperty(!gate.allows(Permission.CHANGE_MONEY));
        create.disableProperty().bind(noMoney);
        edit.disableProperty().bind(none.or(noMoney));
        delete.disableProperty().bind(none.or(noMoney));
        var notOpen = Bindings.createBooleanBinding(() -> list.selectedProperty().get() == null
                || !list.selectedProperty().get().status().isOpen(), list.selectedProperty());
        pay.disableProperty().bind(Bindings.createBooleanBinding(() -> list.selectedProperty().get() == null
                || !acceptsPayments(list.selectedProperty().get()), list.selectedProperty()).or(noMoney));
        cancel.disableProperty().bind(notOpen.or(new SimpleBooleanProperty(!gate.allows(Permission.CANCEL_PLEDGE))));
        gate.reason(Permission.CANCEL_PLEDGE).ifPresent(why -> cancel.setTooltip(new Tooltip(why)));
        Button importButton = button("contribution.import", Icons.IMPORT, "contribution-import");
        Shortcuts.tooltip(importButton, messages.text("contribution.import.tooltip"), Shortcuts.IMPORT);
        importButton.setOnAction(event -> chooseImport());
        Button export = button("contribution.export", Icons.EXPORT, "contribution-export");
        HoverTooltips.explain(export, messages.text("contribution.export.tooltip"));
        export.setOnAction(event -> chooseExport());
        importButton.disableProperty().bind(list.transferringProperty().or(noMoney));
        export.disableProperty().bind(list.transferringProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setPrefSize(18, 18);
        working.visibleProperty().bind(list.transferringProperty());
        working.progressProperty().bind(list.transferProgressProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = FittingBar.toolBar(6, create, edit, pay, cancel, delete, spacer, working, importButton, export);
        return bar;
    }

    /** Open pledges take payments, and so does a received one (a payment can exceed the pledge, once confirmed). */
    private static boolean acceptsPayments(Contribution contribution) {
        return contribution.status().isOpen() || contribution.status() == ContributionStatus.RECEIVED;
    }

    private Button button(String key, String icon, String id) {
        Button button = new Button(messages.text(key), Icons.icon(icon));
        button.setId(id);
        // A narrow window squeezes the space between the groups, never a button's words.
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private Node filters() {
        ComboBox<Donor> donor = Choices.searchableFilter("filter-donor", list.donorChoices(), Donor::name,
                messages.text("filter.anyDonor"));
        donor.valueProperty().bindBidirectional(list.donorFilterProperty());
        donor.setPrefWidth(200);
        ComboBox<Project> project = Choices.searchableFilter("filter-project", list.projectChoices(), Project::code,
                messages.text("filter.anyProject"));
        project.setPrefWidth(170);
        project.setMinWidth(Region.USE_PREF_SIZE);
        project.valueProperty().bindBidirectional(list.projectFilterProperty());
        ComboBox<Integer> year = Choices.filter("filter-year", list.yearChoices(), String::valueOf,
                messages.text("filter.anyYear"));
        year.valueProperty().bindBidirectional(list.yearFilterProperty());
        ComboBox<String> currency = Choices.filter("filter-currency", list.currencyChoices(), code -> code,
                messages.text("filter.anyCurrency"));
        currency.valueProperty().bindBidirectional(list.currencyFilterProperty());
        ComboBox<ContributionStatus> status = Choices.filter("filter-status",
                javafx.collections.FXCollections.observableArrayList(ContributionStatus.values()),
                value -> messages.text(value.messageKey()), messages.text("filter.anyStatus"));
        status.valueProperty().bindBidirectional(list.statusFilterProperty());
        Button clear = new Button(messages.text("filter.clear"), Icons.icon(Icons.CLEAR_FILTERS));
        clear.setId("filter-clear");
        HoverTooltips.explain(clear, messages.text("filter.clear.tooltip"));
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(event -> list.clearFilters());
        Label label = new Label(messages.text("filter.show"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        // The filters wrap to a second row rather than narrow: "Tous les donateurs" read "Tous…" at the window's
        // first size in French.
        FlowPane bar = new FlowPane(6, 6, label, donor, project, year, currency, status, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 10, 8, 10));
        bar.setId("contribution-filters");
        return bar;
    }

    private Node pager() {
        Button first = pagerButton(Icons.FIRST, "page-first", "page.first", list::firstPage);
        Button previous = pagerButton(Icons.EARLIER, "page-previous", "page.previous", list::previousPage);
        Button next = pagerButton(Icons.LATER, "page-next", "page.next", list::nextPage);
        Button last = pagerButton(Icons.LAST, "page-last", "page.last", list::lastPage);
        Runnable enable = () -> {
            first.setDisable(!list.hasPrevious());
            previous.setDisable(!list.hasPrevious());
            next.setDisable(!list.hasNext());
            last.setDisable(!list.hasNext());
        };
        list.offsetProperty().addListener((observable, old, value) -> enable.run());
        list.totalProperty().addListener((observable, old, value) -> enable.run());
        enable.run();
        Label text = new Label();
        text.setId("page-text");
        text.textProperty().bind(list.pageTextProperty());
        text.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(list.loadingProperty());
        HBox bar = new HBox(6, first, previous, text, next, last, pageJump(), loading);
        bar.setAlignment(Pos.CENTER);
        bar.setPadding(new Insets(4));
        return bar;
    }

    /** A page number typed, then Enter: the field empties once the page is asked for, or stays to be corrected. */
    private Node pageJump() {
        Label label = new Label(messages.text("page.goTo"));
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField number = new TextField();
        number.setId("page-jump");
        number.setPrefColumnCount(5);
        label.setLabelFor(number);
        number.setOnAction(event -> {
            if (list.goToPage(number.getText())) {
                number.clear();
            }
        });
        HBox jump = new HBox(4, label, number);
        jump.setAlignment(Pos.CENTER);
        jump.setPadding(new Insets(0, 0, 0, 12));
        return jump;
    }

    private Button pagerButton(String icon, String id, String tooltipKey, Runnable action) {
        Button button = new Button(null, Icons.icon(icon));
        button.setId(id);
        HoverTooltips.explain(button, messages.text(tooltipKey));
        button.getStyleClass().add("flat");
        button.setOnAction(event -> action.run());
        return button;
    }

    private TableView<Contribution> table() {
        table.setId("contributions-table");
        table.setItems(list.rows());
        table.setPlaceholder(new Label(messages.text(
                gate.allows(Permission.CHANGE_MONEY) ? "contribution.empty" : "contribution.empty.fact")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<Contribution, String> status = column("contribution.status",
                c -> messages.text(c.status().messageKey()), 125, false, ContributionQuery.Sort.STATUS);
        // "Partly received" whole, not "Rece…": the donor's name narrows instead.
        ColumnTitles.valuesWhole(status, Arrays.stream(ContributionStatus.values())
                .map(value -> messages.text(value.messageKey())).toList());
        TableColumn<Contribution, String> date = column("contribution.column.date",
                c -> messages.date(c.agreementDate()), 100, false, ContributionQuery.Sort.AGREEMENT_DATE);
        // A date and its sort arrow read whole: when the table is short of room, the names narrow instead.
        Tables.atLeast(date, DAY_AND_ARROW);
        table.getColumns().setAll(List.of(date,
                column("contribution.reference", Contribution::reference, 100, false,
                        ContributionQuery.Sort.REFERENCE),
                column("contribution.donor", Contribution::donorName, 195, false, ContributionQuery.Sort.DONOR),
                column("contribution.amount", c -> messages.money(c.pledged()), 150, true,
                        ContributionQuery.Sort.AMOUNT),
                status,
                column("contribution.receivedEuros", c -> messages.euros(c.receivedEuros().amount()), 150, true,
                        ContributionQuery.Sort.RECEIVED_EUROS),
                column("contribution.outstanding", c -> c.outstanding().amount().signum() == 0 ? "—"
                        : messages.money(c.outstanding()), 120, true, null),
                column("contribution.allocations", c -> String.join(", ", c.allocations().stream()
                        .map(Allocation::projectCode).toList()), 110, false, null)));
        // The database sorts: a click on a header asks it for the first page in that order.
        table.setSortPolicy(ignored -> true);
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(date);
        table.getSortOrder().addListener((ListChangeListener<TableColumn<Contribution, ?>>) change -> sortChanged());
        sortable.keySet().forEach(column -> column.sortTypeProperty().addListener((o, old, type) -> sortChanged()));
        TableSelection.link(table, list.selectedProperty());
        TableSelection.actions(table, this::editSelected, this::deleteSelected);
        // "Référence" whole: the donor's name narrows, which the detail shows whole.
        ColumnTitles.shownWhole(table);
        return table;
    }

    private void sortChanged() {
        if (table.getSortOrder().isEmpty()) {
            list.sortBy(ContributionQuery.Sort.AGREEMENT_DATE, false);
            return;
        }
        TableColumn<Contribution, ?> first = table.getSortOrder().get(0);
        list.sortBy(sortable.get(first), first.getSortType() == TableColumn.SortType.ASCENDING);
    }

    private TableColumn<Contribution, String> column(String key, Function<Contribution, String> value, double width,
            boolean figure, ContributionQuery.Sort sort) {
        TableColumn<Contribution, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (figure) {
            // Millions of euros read whole (a sum cut to "EUR 2 036 671,…" says nothing); the names narrow instead.
            Tables.atLeast(column, Tables.MILLIONS);
        }
        column.setCellFactory(ignored -> figure ? Cells.figure(text -> text) : Cells.plain());
        if (sort == null) {
            column.setSortable(false);
        } else {
            sortable.put(column, sort);
        }
        return column;
    }

    @Override
    public Optional<SplitPane> divided() {
        return Optional.of(split);
    }
}
