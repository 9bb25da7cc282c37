package org.octopusdesk.ui.countries;

import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.ChartLine;
import org.octopusdesk.ui.common.Cells;
import org.octopusdesk.ui.common.Choices;
import org.octopusdesk.ui.common.DateFields;
import org.octopusdesk.ui.common.FittingBar;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.GatedScreen;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.LatePane;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.RoleControls;
import org.octopusdesk.ui.common.TableSelection;
import org.octopusdesk.ui.common.LateTabContents;
import org.octopusdesk.ui.common.RowsInFrames;
import org.octopusdesk.ui.shell.AreaView;

/** The Countries area: an instrument's chart as of a date with its counts and history, a country's page, assistance. */
public final class CountriesView implements AreaView {

    private SplitPane split;

    private final TreatyChartViewModel chart;
    private final CountryPageViewModel page;
    private final AssistanceLogViewModel log;
    private final Messages messages;
    private final Window owner;
    private final Function<Country, AssistanceEditorViewModel> editors;
    private final Supplier<List<Project>> projects;
    private final List<Country> countries;
    private final BorderPane root = new BorderPane();
    private final TextField filter = new TextField();
    private final TabPane tabs = new TabPane();
    private final CountryForms forms;
    private final RoleControls roles;

    /**
     * @param editors a fresh form for an activity, opened on a country or none
     * @param projects the projects an activity may belong to, read when the form opens
     */
    public CountriesView(TreatyChartViewModel chart, CountryPageViewModel page, AssistanceLogViewModel log,
            List<Country> countries, Function<Country, AssistanceEditorViewModel> editors,
            Supplier<List<Project>> projects, CountryForms forms, Messages messages, Window owner,
            RoleControls roles) {
        this.chart = chart;
        this.roles = roles;
        this.forms = forms;
        this.page = page;
        this.log = log;
        this.countries = countries;
        this.editors = editors;
        this.projects = projects;
        this.messages = messages;
        this.owner = owner;
        Tab chartTab = new Tab(messages.text("countries.tab.chart"), chartPane());
        chartTab.setId("countries-tab-chart");
        Tab assistanceTab = new Tab(messages.text("countries.tab.assistance"), new AssistancePane(log, messages,
                () -> logActivity(null), roles).node());
        assistanceTab.setId("countries-tab-assistance");
        tabs.getTabs().setAll(chartTab, assistanceTab);
        LateTabContents.holdHiddenTabs(tabs);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        roles.notice(GatedScreen.COUNTRIES).ifPresent(root::setTop);
        root.setId("countries-view");
        chart.selectedProperty().addListener((observable, old, line) -> showPage());
        chart.asOfProperty().addListener((observable, old, date) -> showPage());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void reload() {
        chart.reload();
        log.reload();
        showPage();
    }

    /** Asks for a treaty chart CSV file and imports it. */
    public void chooseImport() {
        if (roles.refused(Permission.CHANGE_COUNTRIES)) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("menu.file.importTreaties"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("contribution.csv.filter"),
                "*.csv"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            chart.importFrom(file.toPath());
        }
    }

    /** Opens the form of a new assistance activity, on the selected country if there is one. */
    public void logActivity() {
        logActivity(Optional.ofNullable(chart.selectedProperty().get()).map(ChartLine::country).orElse(null));
    }

    /** Puts the cursor in the chart's filter (Ctrl+F). */
    public void focusFilter() {
        tabs.getSelectionModel().select(0);
        filter.requestFocus();
        filter.selectAll();
    }

    private void logActivity(Country country) {
        if (roles.refused(Permission.CHANGE_COUNTRIES)) {
            return;
        }
        new AssistanceEditorDialog(editors.apply(country), countries, projects.get(), messages, owner).showAndWait()
                .ifPresent(saved -> reload());
    }

    private void showPage() {
        ChartLine line = chart.selectedProperty().get();
        page.show(line == null ? null : line.country(), chart.asOfProperty().get());
    }

    private Node chartPane() {
        BorderPane pane = new BorderPane();
        pane.setTop(toolbar());
        VBox left = new VBox(RowsInFrames.holding(table()), new PartiesChart(chart.partiesOverTime(), messages).node());
        VBox.setVgrow(left.getChildren().get(0), Priority.ALWAYS);
        // The chart first; the country's page, empty until one is chosen, joins a frame later (decision 0053).
        split = new SplitPane(left, LatePane.holding(pageNode()));
        split.setDividerPositions(0.64);
        pane.setCenter(split);
        return pane;
    }

    private Node toolbar() {
        ComboBox<Instrument> instrument = ListOnOpenComboBox.of(Instrument.values());
        instrument.setId("countries-instrument");
        instrument.setConverter(Choices.shownAs(value -> messages.text(value.messageKey()), ""));
        instrument.valueProperty().bindBidirectional(chart.instrumentProperty());
        // The Convention's own title whole in both languages; the Protocols' longer ones in full in the tooltip.
        instrument.setPrefWidth(360);
        instrument.setMinWidth(180);
        HoverTooltips.explain(instrument, javafx.beans.binding.Bindings.createStringBinding(() ->
                instrument.getValue() == null ? "" : messages.text(instrument.getValue().messageKey()),
                instrument.valueProperty()));
        DatePicker asOf = DateFields.create(messages);
        asOf.setId("countries-as-of");
        asOf.valueProperty().bindBidirectional(chart.asOfProperty());
        asOf.setPrefWidth(150);
        asOf.setMinWidth(150);
        filter.setId("countries-filter");
        filter.setPromptText(messages.text("countries.filter.prompt"));
        filter.textProperty().bindBidirectional(chart.filterProperty());
        filter.setPrefColumnCount(12);
        // A filter narrows in a short tool bar, but stays a field one can type in.
        filter.setMinWidth(110);
        Button importFile = new Button(messages.text("menu.file.importTreaties"), Icons.icon(Icons.IMPORT));
        importFile.setId("countries-import");
        importFile.setOnAction(event -> chooseImport());
        importFile.setMinWidth(Region.USE_PREF_SIZE);
        roles.guard(Permission.CHANGE_COUNTRIES, importFile);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label asOfCaption = new Label(messages.text("countries.asOf"));
        asOfCaption.setLabelFor(asOf);
        asOfCaption.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = FittingBar.toolBar(6, instrument, asOfCaption, asOf, Icons.icon(Icons.FIND), filter, spacer,
                importFile);
        Label counts = new Label();
        counts.setId("countries-counts");
        counts.textProperty().bind(chart.countsProperty());
        counts.setWrapText(true);
        counts.setPadding(new Insets(0, 10, 6, 10));
        return new VBox(bar, counts);
    }

    private TableView<ChartLine> table() {
        TableView<ChartLine> table = new TableView<>();
        table.setId("countries-table");
        SortedList<ChartLine> sorted = new SortedList<>(chart.visibleLines());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ChartLine, String> country = column("countries.column.country",
                line -> line.country().name(messages.locale()), 190);
        country.setComparator(java.text.Collator.getInstance(messages.locale())::compare);
        TableColumn<ChartLine, LocalDate> signature = dateColumn("countries.column.signature",
                line -> line.record().signature());
        TableColumn<ChartLine, LocalDate> deposit = dateColumn("countries.column.deposit",
                line -> line.record().deposit());
        TableColumn<ChartLine, LocalDate> inForce = dateColumn("countries.column.entryIntoForce",
                line -> line.entryIntoForce().orElse(null));
        table.getColumns().setAll(List.of(country, column("countries.column.code", line -> line.country().code(), 50),
                signature, deposit, inForce,
                column("countries.column.flags", line -> ChartFlag.code(line.record().flags()), 60)));
        TableSelection.link(table, chart.selectedProperty());
        return table;
    }

    private TableColumn<ChartLine, String> column(String key, Function<ChartLine, String> value, double width) {
        TableColumn<ChartLine, String> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setCellFactory(ignored -> Cells.plain());
        return column;
    }

    /** Dates sort as dates; a date after the chart's date is not shown, as it had not happened yet. */
    private TableColumn<ChartLine, LocalDate> dateColumn(String key, Function<ChartLine, LocalDate> value) {
        TableColumn<ChartLine, LocalDate> column = new TableColumn<>(messages.text(key));
        column.setCellValueFactory(cell -> {
            LocalDate date = value.apply(cell.getValue());
            LocalDate asOf = chart.asOfProperty().get();
            return new ReadOnlyObjectWrapper<>(date != null && asOf != null && date.isAfter(asOf) ? null : date);
        });
        column.setPrefWidth(110);
        column.setCellFactory(ignored -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? null : messages.date(date));
            }
        });
        return column;
    }

    private Node pageNode() {
        Label title = new Label();
        title.getStyleClass().add("title-3");
        title.setId("country-page-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> page.countryProperty()
                .get() == null ? "" : page.countryProperty().get().name(messages.locale()), page.countryProperty()));
        title.managedProperty().bind(page.countryProperty().isNotNull());
        title.setWrapText(true);
        Label status = new Label();
        status.setId("country-page-status");
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> page.countryProperty()
                .get() == null ? messages.text("countries.page.none") : page.statusProperty().get(),
                page.countryProperty(), page.statusProperty()));
        status.setWrapText(true);
        Button logHere = new Button(messages.text("assistance.log"), Icons.icon(Icons.NEW));
        logHere.setId("country-page-log");
        logHere.disableProperty().bind(page.countryProperty().isNull());
        logHere.setOnAction(event -> logActivity());
        Button recordStatus = pageButton("country-page-record-status", "tcyStatus.record",
                () -> forms.recordStatus(page.countryProperty().get(), this::reload));
        Button editLine = pageButton("country-page-edit-treaty", "treaty.editLine",
                () -> forms.editTreatyLine(page.countryProperty().get(), chart.instrumentProperty().get(),
                        this::reload));
        roles.guard(Permission.CHANGE_COUNTRIES, logHere, recordStatus, editLine);
        javafx.scene.layout.FlowPane pageActions = new javafx.scene.layout.FlowPane(6, 6, recordStatus, editLine);
        // Without a country the page is its one sentence ("Select a country …"): no empty boxes under it.
        VBox details = new VBox(8, pageActions,
                heading("countries.page.instruments"), list("country-page-instruments", page.instruments(),
                        "countries.page.noInstrument"),
                heading("countries.page.statusHistory"), list("country-page-statuses", page.statuses(),
                        "countries.page.noStatus"),
                heading("countries.page.assistance"), list("country-page-activities", page.activities(),
                        "countries.page.noActivity"), logHere);
        details.visibleProperty().bind(page.countryProperty().isNotNull());
        details.managedProperty().bind(details.visibleProperty());
        VBox box = new VBox(8, title, status, details);
        box.setPadding(new Insets(10));
        box.setMinWidth(260);
        return box;
    }

    private Button pageButton(String id, String key, Runnable action) {
        Button button = new Button(messages.text(key), Icons.icon(Icons.EDIT));
        button.setId(id);
        button.disableProperty().bind(page.countryProperty().isNull());
        button.setOnAction(event -> action.run());
        return button;
    }

    private Label heading(String key) {
        Label heading = new Label(messages.text(key));
        heading.getStyleClass().add("text-bold");
        return heading;
    }

    private ListView<String> list(String id, javafx.collections.ObservableList<String> items, String noneKey) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPlaceholder(new Label(messages.text(noneKey)));
        list.setPrefHeight(90);
        list.setMinHeight(60);
        list.setFocusTraversable(false);
        // Lines are sentences: they wrap to the page's width rather than scroll sideways.
        list.setCellFactory(ignored -> new javafx.scene.control.ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(list.widthProperty().subtract(20));
                setMaxWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return list;
    }

    @Override
    public Optional<SplitPane> divided() {
        return Optional.of(split);
    }
}
