package org.octopusdesk.ui.rates;

import java.io.File;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.input.KeyCode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.LatePane;
import org.octopusdesk.ui.common.GatedScreen;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.RowsInFrames;
import org.octopusdesk.ui.common.Shortcuts;
import org.octopusdesk.ui.shell.AreaView;

/**
 * The Rates area: rates of a currency as a table and a chart, ECB imports and updates, manual rates and a
 * converter.
 */
public final class RatesView implements AreaView {

    private final SplitPane split;

    /** Ctrl+U: File › Update rates from the ECB, named in the button's tooltip. */
    static final KeyCode UPDATE_KEY = KeyCode.U;

    private final RatesViewModel viewModel;
    private final Messages messages;
    private final Window owner;
    private final BorderPane root = new BorderPane();
    private final ManualRateDialogs manualRates;
    private final RoleControls roles;

    public RatesView(RatesViewModel viewModel, ConverterViewModel converter, ManualRateDialogs manualRates,
            Messages messages, Window owner, RoleControls roles) {
        this.viewModel = viewModel;
        this.roles = roles;
        this.messages = messages;
        this.owner = owner;
        this.manualRates = manualRates;
        // The ECB's terms ask for the source with its data: under the chart, where the toolbar's buttons leave it room.
        Label source = new Label();
        source.setId("rates-sources");
        source.textProperty().bind(viewModel.sourcesProperty());
        source.getStyleClass().add("text-muted");
        source.setMaxWidth(Double.MAX_VALUE);
        source.setAlignment(Pos.CENTER_RIGHT);
        VBox chart = new VBox(2, new RateChart(viewModel.history(), viewModel.currencyProperty(), messages).node(),
                source);
        VBox side = new VBox(12, chart,
                new ConverterPane(converter, viewModel.currencies(), messages).node());
        side.setPadding(new Insets(12));
        split = new SplitPane(RowsInFrames.holding(table()), LatePane.holding(side));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        root.setTop(roles.withNotice(toolbar(), GatedScreen.RATES));
        root.setCenter(split);
        root.setId("rates-view");
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void reload() {
        viewModel.reload();
    }

    /** Asks for an ECB file and imports it (File › Import ECB rates, Ctrl+I). */
    public void chooseAndImport() {
        if (roles.refused(Permission.ENTER_RATES)) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("rates.import.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("rates.import.filter"),
                "*.csv", "*.zip", "*.xml"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            viewModel.importFile(file.toPath());
        }
    }

    /** Records a manual rate of the currency shown (File › New manual rate…). */
    public void newManualRate() {
        if (roles.refused(Permission.ENTER_RATES)) {
            return;
        }
        manualRates.open(viewModel.currencyProperty().get(), viewModel::showSaved);
    }

    /** Downloads the latest ECB rates and imports them (File › Update rates from the ECB). */
    public void updateFromEcb() {
        if (!roles.refused(Permission.ENTER_RATES)) {
            viewModel.updateFromEcb();
        }
    }

    /**
     * Ties the box to the currency shown. While a person types in it, the box has no value until a currency is
     * picked: the table and the chart keep the currency shown until then, where they emptied at the first letter
     * ("No rate for this currency"), and a search given up puts the shown currency back in the box.
     */
    private void showsTheChosenCurrency(ComboBox<String> currency) {
        currency.setValue(viewModel.currencyProperty().get());
        currency.valueProperty().addListener((observable, old, code) -> {
            if (code != null) {
                viewModel.currencyProperty().set(code);
            }
        });
        viewModel.currencyProperty().addListener((observable, old, code) -> currency.setValue(code));
        currency.showingProperty().addListener((observable, was, showing) -> {
            if (!showing && currency.getValue() == null) {
                currency.setValue(viewModel.currencyProperty().get());
            }
        });
    }

    private Node toolbar() {
        ComboBox<String> currency = Choices.searchable("rates-currency", viewModel.currencies(), code -> code);
        currency.setPrefWidth(120);
        showsTheChosenCurrency(currency);
        currency.setVisibleRowCount(15);
        Label currencyLabel = new Label(messages.text("rates.currency"));
        currencyLabel.setLabelFor(currency);
        Button importButton = new Button(messages.text("rates.import"), Icons.icon(Icons.IMPORT));
        importButton.setId("rates-import");
        Shortcuts.tooltip(importButton, messages.text("rates.import.tooltip"), Shortcuts.IMPORT);
        importButton.setOnAction(event -> chooseAndImport());
        importButton.disableProperty().bind(viewModel.importingProperty());
        Button update = new Button(messages.text("rates.update"), Icons.icon(Icons.DOWNLOAD));
        update.setId("rates-update");
        Shortcuts.tooltip(update, messages.text("rates.update.tooltip"), Shortcuts.ctrl(UPDATE_KEY));
        update.setOnAction(event -> updateFromEcb());
        update.disableProperty().bind(viewModel.importingProperty());
        Button manual = new Button(messages.text("rates.manual"), Icons.icon(Icons.NEW));
        manual.setId("rates-manual");
        Shortcuts.tooltip(manual, messages.text("rates.manual.tooltip"), Shortcuts.NEW);
        manual.setOnAction(event -> newManualRate());
        Button audit = new Button(messages.text("rates.audit"), Icons.icon(Icons.HISTORY));
        audit.setId("rates-audit");
        HoverTooltips.explain(audit, messages.text("rates.audit.tooltip"));
        audit.setOnAction(event -> viewModel.loadAuditTrail(this::showAuditTrail));
        roles.guard(Permission.ENTER_RATES, importButton, update, manual);
        // The controls keep their width: a narrow window cuts the toolbar's end, never a label to "…".
        currency.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = FittingBar.toolBar(8, currencyLabel, currency, importButton, update, manual, audit);
        return new VBox(bar, activity());
    }

    /** Under the toolbar while an import or update runs: its progress, what the download is at, and Cancel. */
    private Node activity() {
        ProgressBar progress = new ProgressBar();
        progress.setId("rates-progress");
        progress.progressProperty().bind(viewModel.importProgressProperty());
        progress.setPrefWidth(240);
        Label status = new Label();
        status.setId("rates-update-status");
        status.textProperty().bind(viewModel.updateStatusProperty());
        Button cancel = new Button(messages.text("rates.update.cancel"), Icons.icon(Icons.CANCEL));
        cancel.setId("rates-update-cancel");
        cancel.setOnAction(event -> viewModel.cancelUpdate());
        cancel.visibleProperty().bind(viewModel.updatingProperty());
        HBox strip = new HBox(10, progress, status, cancel);
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(4, 10, 4, 10));
        strip.visibleProperty().bind(viewModel.importingProperty());
        strip.managedProperty().bind(strip.visibleProperty());
        return strip;
    }

    private void showAuditTrail(java.util.List<org.octopusdesk.domain.audit.AuditEntry> entries) {
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("rates.audit.title"));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(
                org.octopusdesk.ui.common.AuditEntriesPane.of(entries, messages));
        scroll.setFitToWidth(true);
        scroll.setPrefSize(560, 420);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setId("rates-audit-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(new javafx.scene.control.ButtonType(
                messages.text("action.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }

    private TableView<ExchangeRate> table() {
        TableView<ExchangeRate> table = new TableView<>(viewModel.history());
        table.setId("rates-table");
        table.setPlaceholder(new Label(messages.text("rates.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ExchangeRate, LocalDate> date = column("rates.column.date", ExchangeRate::date);
        date.setCellFactory(column -> Cells.text(messages::date));
        date.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<ExchangeRate, BigDecimal> rate = column("rates.column.rate", ExchangeRate::asPublished);
        rate.setCellFactory(column -> Cells.figure(messages::number));
        TableColumn<ExchangeRate, String> source = column("rates.column.source",
                value -> messages.text(value.source().shortMessageKey()));
        source.setCellFactory(column -> Cells.plain());
        TableColumn<ExchangeRate, String> note = column("rates.column.note", ExchangeRate::note);
        note.setCellFactory(column -> Cells.plain());
        table.getColumns().setAll(java.util.List.of(date, rate, source, note));
        // Newest first, as the ECB publishes; the sort follows the person's clicks afterwards.
        javafx.collections.transformation.SortedList<ExchangeRate> sorted =
                new javafx.collections.transformation.SortedList<>(newestFirst(viewModel.history()));
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().setAll(java.util.List.of(date));
        neverUnsorted(table, date);
        sorted.addListener((javafx.collections.ListChangeListener<ExchangeRate>) change -> selectJustSaved(table));
        return table;
    }

    /**
     * The history comes newest first, so JavaFX's third click on a column, which leaves the table unsorted, looked
     * like nothing happened on the date: newest first stayed (a helper's tour, decision 0053). A click that leaves
     * the table unsorted sorts it by date instead: oldest first after the date's own clicks, else newest first.
     */
    private static void neverUnsorted(TableView<ExchangeRate> table, TableColumn<ExchangeRate, LocalDate> date) {
        table.getSortOrder().addListener((ListChangeListener<TableColumn<ExchangeRate, ?>>) change -> {
            boolean dateLeft = false;
            while (change.next()) {
                dateLeft |= change.getRemoved().contains(date);
            }
            if (!table.getSortOrder().isEmpty()) {
                return;
            }
            TableColumn.SortType order = dateLeft ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING;
            // Not from inside the sort order's own change.
            javafx.application.Platform.runLater(() -> {
                if (table.getSortOrder().isEmpty()) {
                    date.setSortType(order);
                    table.getSortOrder().add(date);
                }
            });
        });
    }

    /**
     * The history, oldest first as the chart draws it, turned round for the table: its sort, newest first, then
     * finds its order made and only checks it. Sorting a currency's 7,000 days anew took 20 ms of the FX thread in
     * the area's first frame (decision 0053).
     */
    private static javafx.collections.ObservableList<ExchangeRate> newestFirst(
            javafx.collections.ObservableList<ExchangeRate> history) {
        javafx.collections.ObservableList<ExchangeRate> turned = javafx.collections.FXCollections.observableArrayList();
        Runnable turn = () -> {
            java.util.List<ExchangeRate> copy = new java.util.ArrayList<>(history);
            java.util.Collections.reverse(copy);
            turned.setAll(copy);
        };
        history.addListener((javafx.collections.ListChangeListener<ExchangeRate>) change -> turn.run());
        turn.run();
        return turned;
    }

    /**
     * Selects the manual rate just saved once its currency's history shows it, so that a person sees where it went,
     * also when it is of another currency than the one that was shown. Read back from the database, its figure may
     * be written with other decimals: the day, the currency and the source say which line it is.
     */
    private void selectJustSaved(TableView<ExchangeRate> table) {
        ExchangeRate saved = viewModel.justSavedProperty().get();
        if (saved == null) {
            return;
        }
        table.getItems().stream()
                .filter(rate -> rate.currency().equals(saved.currency()) && rate.date().equals(saved.date())
                        && rate.source() == saved.source())
                .findFirst()
                .ifPresent(rate -> {
                    viewModel.justSavedProperty().set(null);
                    table.getSelectionModel().select(rate);
                    table.scrollTo(rate);
                    table.requestFocus();
                });
    }

    private <T> TableColumn<ExchangeRate, T> column(String key, Function<ExchangeRate, T> value) {
        TableColumn<ExchangeRate, T> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    @Override
    public Optional<SplitPane> divided() {
        return Optional.of(split);
    }
}
