package org.octopusdesk.bench;

import atlantafx.base.theme.PrimerLight;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The floor of the tour's longest pause: a bare JavaFX window with the application's theme and no data, which shows
 * ten times, one after the other, a plain screen of the kind the areas are made of (a toolbar, a bar of filters, a
 * table of eight columns over a form, a pager), built the plain way, with a pulse timer on the FX thread as the
 * application's probe has. It writes its longest time between two frames, and where, in the file the probe's
 * property names, and closes. A first screen, shown with the window, warms the toolkit's classes as the application
 * warms its controls before its main screen. Whatever the application does beyond that (slicing a screen over
 * frames) is its own; what a plain screen of this kind costs the toolkit on the machine is this.
 */
public final class BareTour {

    private static final int SCREENS = 10;
    /** The application's probe waits as long after each area is shown (StartupProbe.SETTLE). */
    private static final Duration SETTLE = Duration.millis(400);
    /** Before the first screen, as the application's main screen comes seconds after its window. */
    private static final Duration BEFORE_THE_TOUR = Duration.millis(1500);
    private static final int ROWS = 200;
    private static final List<String> COLUMNS = List.of("Date", "Donor", "Project", "Amount", "Currency",
            "Received", "Status", "Note");

    private BareTour() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        private final BorderPane root = new BorderPane();
        private int screen;
        private long last;
        private long longest;
        private int longestAt;

        @Override
        public void start(Stage stage) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            VBox sidebar = new VBox(4);
            IntStream.rangeClosed(1, SCREENS).forEach(area -> sidebar.getChildren().add(new Button("Area " + area)));
            root.setLeft(sidebar);
            // One screen before the tour, unmeasured: the application's controls are warmed before its main screen
            // (ControlsWarmUp), and the floor is a warm toolkit's, not its class loading's.
            root.setCenter(screen(0));
            stage.setScene(new Scene(root, 1200, 780));
            stage.show();
            later(BEFORE_THE_TOUR, this::tour);
        }

        private void tour() {
            new AnimationTimer() {
                @Override
                public void handle(long pulse) {
                    // The clock, not the pulse's stamp, as the application's probe reads it.
                    long now = System.nanoTime();
                    if (last != 0 && (now - last) / 1_000_000 > longest) {
                        longest = (now - last) / 1_000_000;
                        longestAt = screen;
                    }
                    last = now;
                }
            }.start();
            next();
        }

        private void next() {
            if (screen == SCREENS) {
                WindowRuns.report("fx-longest-block " + longest + " screen-" + longestAt);
                Platform.exit();
                return;
            }
            screen++;
            root.setCenter(screen(screen));
            later(SETTLE, this::next);
        }

        private static void later(Duration delay, Runnable then) {
            PauseTransition pause = new PauseTransition(delay);
            pause.setOnFinished(event -> then.run());
            pause.play();
        }

        /** The screen's texts carry its number, so that no two screens' cells are alike. */
        private static Node screen(int number) {
            ToolBar toolbar = new ToolBar(new Button("New"), new Button("Edit"), new Button("Delete"),
                    new Separator(), new Button("Export"));
            HBox filters = new HBox(8, new Label("Search"), new TextField(), new Label("Donor"), comboBox(),
                    new Label("Currency"), comboBox(), new Label("From"), new DatePicker(LocalDate.of(2020, 1, 1)),
                    new CheckBox("Open only"));
            filters.setPadding(new Insets(6));
            filters.setAlignment(Pos.CENTER_LEFT);
            GridPane form = new GridPane();
            form.setHgap(8);
            form.setVgap(4);
            form.setPadding(new Insets(8));
            for (int row = 0; row < COLUMNS.size(); row++) {
                form.addRow(row, new Label(COLUMNS.get(row)), new Label(COLUMNS.get(row) + " " + number));
            }
            SplitPane split = new SplitPane(table(number), new ScrollPane(form));
            split.setOrientation(Orientation.VERTICAL);
            HBox pager = new HBox(8, new Label("Page 1 of 10"), new Button("Next"));
            return new BorderPane(split, new VBox(toolbar, filters), null, pager, null);
        }

        private static TableView<Integer> table(int number) {
            TableView<Integer> table = new TableView<>(FXCollections.observableArrayList(
                    IntStream.range(0, ROWS).boxed().toList()));
            for (String name : COLUMNS) {
                TableColumn<Integer, String> column = new TableColumn<>(name);
                column.setCellValueFactory(
                        row -> new ReadOnlyObjectWrapper<>(name + " " + number + "." + row.getValue()));
                table.getColumns().add(column);
            }
            return table;
        }

        private static ComboBox<String> comboBox() {
            ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList("EUR", "USD", "CHF"));
            combo.getSelectionModel().selectFirst();
            return combo;
        }
    }
}
