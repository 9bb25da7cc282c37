package org.octopusdesk.ui.shell;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.ListOnOpenComboBox;
import org.octopusdesk.ui.common.ListOnOpenSearchableComboBox;
import org.octopusdesk.ui.common.StackedBarCanvas;
import org.octopusdesk.ui.common.StackedBars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds one of each kind of control the areas are made of, in a scene that no window shows, on a background thread,
 * and styles and lays it out, twice (decision 0040).
 *
 * <p>An area's first show cost two to five times its later ones: the first table, combo box or chart of the run loads
 * its skin's classes, runs their static set-up (images, CSS metadata), links their lambdas, and runs the toolkit's
 * CSS and layout code interpreted. Done here first, that work leaves the FX thread's frames; what stays there is the
 * area's own nodes. JavaFX lets nodes and scenes be built and styled on any thread until a showing window holds
 * them, and these never reach one. Nothing here touches the application's data or its view models.
 */
public final class ControlsWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(ControlsWarmUp.class);
    /** The first round loads (2.6-2.9 s here, while the folder opens); the second (0.4-0.5 s) gets it compiled. */
    private static final int ROUNDS = 2;
    private static final int ROWS = 40;
    private static final double WIDTH = 1200;
    private static final double HEIGHT = 900;
    /**
     * {@code false} in the tests' processes: there the warm-up would run beside the first window test of each, whose
     * robot's input Monocle then lost (decision 0040). {@code ControlsWarmUpTest} runs it directly.
     */
    static final String ENABLED_PROPERTY = "octopus.warmUp";
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile boolean enough;

    private ControlsWarmUp() {
    }

    /**
     * Starts the warm-up on a daemon thread of its own with the window's {@code stylesheets} and the language of its
     * screens, once a process: a window opened again (after a restore) finds the toolkit warm. Its low priority is a
     * hint that Linux ignores.
     */
    public static void start(List<String> stylesheets, Locale locale) {
        if (!Boolean.parseBoolean(System.getProperty(ENABLED_PROPERTY, "true"))
                || !STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> run(stylesheets, locale), "octopus-desk-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * The main screen is up: a round not yet begun would now compete with its first area for the two cores a
     * secretariat's workstation may have, so only the one under way ends.
     */
    public static void enough() {
        enough = true;
    }

    /**
     * Every round, and the areas' own classes after the first, on the calling thread; false if a round failed
     * (logged), which costs only the time it would save.
     */
    static boolean run(List<String> stylesheets, Locale locale) {
        long start = System.nanoTime();
        try {
            for (int round = 0; round < ROUNDS && (round == 0 || !enough); round++) {
                styled(stylesheets);
                if (round == 0) {
                    aheadOfTheAreas(locale);
                }
            }
            LOG.debug("Controls warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
            return true;
        } catch (RuntimeException | LinkageError e) {
            // The areas build the same controls when shown, on the FX thread, as they would without a warm-up.
            LOG.warn("The controls' warm-up stopped", e);
            return false;
        }
    }

    /**
     * What the areas' first shows would otherwise do on the FX thread the first time in the process (decision
     * 0053): load and link their classes (even after the main screen is up, as they are needed from its first
     * area on), and build the collation tables of the screens' language, which a name column's sorting asks for
     * (15 ms the first time; {@code Collator} keeps them for later instances).
     */
    static void aheadOfTheAreas(Locale locale) {
        long start = System.nanoTime();
        Collator.getInstance(locale);
        int loaded = ClassesAhead.load(ControlsWarmUp.class.getClassLoader(), ClassesAhead.ownClassNames());
        LOG.debug("{} classes loaded ahead in {} ms", loaded, (System.nanoTime() - start) / 1_000_000);
    }

    /** A sample in a scene of its own with {@code stylesheets}, styled and laid out: its skins and cells made. */
    static Scene styled(List<String> stylesheets) {
        Scene scene = new Scene(sample(), WIDTH, HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        return scene;
    }

    /** One of each control kind, laid out as the areas lay them: a form beside a table, a list, tabs and charts. */
    static Parent sample() {
        GridPane form = new GridPane();
        form.addRow(0, new Label("Label"), new TextField("Text"));
        form.addRow(1, new Label("Choice"), comboBox());
        form.addRow(2, new Label("Search"),
                new ListOnOpenSearchableComboBox<>(FXCollections.observableArrayList("A", "B")));
        form.addRow(3, new Label("Choices"), new CheckComboBox<>(FXCollections.observableArrayList("A", "B")));
        form.addRow(4, new Label("Date"), new DatePicker(LocalDate.of(2020, 1, 1)));
        form.addRow(5, new Label("Number"), new Spinner<Integer>(0, 10, 1));
        form.addRow(6, new CheckBox("Check"), new RadioButton("Radio"));
        form.addRow(7, new Hyperlink("Link"), progressBar());
        form.addRow(8, new Label("Notes"), new TextArea("Text\nText"));
        form.addRow(9, new ChoiceBox<>(FXCollections.observableArrayList("A", "B")), new PasswordField());
        form.addRow(10, new ToggleButton("Toggle"), new ProgressIndicator(0.5));
        ToolBar toolBar = new ToolBar(new Button("Button", Icons.icon(Icons.NEW)), new Button("Button"));
        SplitPane split = new SplitPane(table(), new ScrollPane(form));
        TabPane tabs = new TabPane(new Tab("Tab", new ListView<>(FXCollections.observableArrayList("A", "B"))),
                new Tab("Chart", new HBox(stackedBars(), lines(), bars(), pie())));
        return new BorderPane(split, toolBar, null, new HBox(tabs), new VBox(new Label("Side")));
    }

    private static ComboBox<String> comboBox() {
        ComboBox<String> combo = new ListOnOpenComboBox<>(FXCollections.observableArrayList("A", "B"));
        combo.getSelectionModel().selectFirst();
        return combo;
    }

    private static ProgressBar progressBar() {
        // A determinate bar: an indeterminate one would start an animation.
        return new ProgressBar(0.5);
    }

    private static TableView<Integer> table() {
        TableView<Integer> table = new TableView<>(FXCollections.observableArrayList(
                IntStream.range(0, ROWS).boxed().toList()));
        for (String name : List.of("Date", "Name", "Amount", "Currency", "Status")) {
            TableColumn<Integer, String> column = new TableColumn<>(name);
            column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(name + " " + row.getValue()));
            table.getColumns().add(column);
        }
        return table;
    }

    /** The dashboard's money chart: its layout and its drawing code run once here. */
    private static StackedBarCanvas stackedBars() {
        List<BigDecimal> values = IntStream.range(0, 5).mapToObj(BigDecimal::valueOf).toList();
        StackedBarCanvas chart = new StackedBarCanvas("Axis", BigDecimal::toPlainString,
                (series, category, value) -> series + category + value);
        chart.setBars(new StackedBars(List.of("2020", "2021", "2022", "2023", "2024"), List.of(
                new StackedBars.Series("A", values, false), new StackedBars.Series("B", values, true))));
        return chart;
    }

    private static LineChart<String, Number> lines() {
        LineChart<String, Number> chart = new LineChart<>(new CategoryAxis(), new NumberAxis());
        chart.getData().add(series("A"));
        return unanimated(chart);
    }

    private static BarChart<String, Number> bars() {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.getData().add(series("A"));
        return unanimated(chart);
    }

    private static PieChart pie() {
        PieChart chart = new PieChart(FXCollections.observableArrayList(new PieChart.Data("A", 1),
                new PieChart.Data("B", 2)));
        return unanimated(chart);
    }

    /** Five years of values, a category chart's usual few. */
    private static XYChart.Series<String, Number> series(String name) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int year = 2020; year < 2025; year++) {
            series.getData().add(new XYChart.Data<>(String.valueOf(year), year - 2019));
        }
        return series;
    }

    /** An animated chart would start a timeline for its values. */
    private static <C extends Chart> C unanimated(C chart) {
        chart.setAnimated(false);
        return chart;
    }
}
