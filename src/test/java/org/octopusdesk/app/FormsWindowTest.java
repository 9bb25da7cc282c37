package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The forms as a person meets them: a date that does not exist keeps its text and says why, a message goes once its
 * field is right, a pledge starts earmarked to nothing, and the payment form keeps its buttons in view with the
 * longest (French) conversion message.
 */
@ExtendWith(ApplicationExtension.class)
class FormsWindowTest {

    @TempDir
    static Path template;

    @TempDir
    Path folder;
    private DesktopApp app;
    private Stage stage;
    private final AtomicInteger exitCode = new AtomicInteger(-1);

    @BeforeAll
    static void prepareTemplate() {
        try (TestDatabase database = new TestDatabase(template)) {
            database.rates().importShippedHistory(share -> { });
        }
    }

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    /** Opens the window on a copy of the database with the sample data, in {@code language}. */
    private void launch(String language) throws Exception {
        String file = "octopus-desk.mv.db";
        Files.copy(template.resolve(file), folder.resolve(file));
        Clock clock = Clock.fixed(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        app = new DesktopApp(folder, language, true, path -> Backend.open(path, clock), new FileSettingsStore(folder),
                Settings.DEFAULT, exitCode::set);
        WaitForAsyncUtils.asyncFx(() -> app.start(stage)).get();
    }

    @AfterEach
    void closeWindow() throws Exception {
        if (app == null) {
            return;
        }
        WaitForAsyncUtils.asyncFx(() -> app.shutdown(0)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> exitCode.get() == 0);
    }

    private static final String NOT_A_DATE = "31/02/2024 is not a date: write day, month and year, e.g. 31/12/2026.";

    @Test
    void anImpossibleDateKeepsItsTextAndSaysWhyWhenLeftAndOnSave(FxRobot robot) throws Exception {
        openNewPledge(robot);
        DatePicker date = robot.lookup("#contribution-date").queryAs(DatePicker.class);
        robot.doubleClickOn(date.getEditor()).eraseText(10).write("31/02/2024");
        robot.clickOn("#contribution-reference");
        waitUntil(() -> messages(robot).contains(NOT_A_DATE));
        assertThat(date.getEditor().getText()).as("what was typed stays").isEqualTo("31/02/2024");
        assertThat(messages(robot)).doesNotContain("Required.");

        robot.clickOn("#contribution-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#contribution-editor").tryQuery()).as("not saved").isPresent();
        assertThat(date.getEditor().getText()).isEqualTo("31/02/2024");
        assertThat(messages(robot)).contains(NOT_A_DATE);

        robot.doubleClickOn(date.getEditor()).eraseText(10).write("28/02/2024");
        waitUntil(() -> !messages(robot).contains(NOT_A_DATE));
        assertThat(date.getValue()).isEqualTo(java.time.LocalDate.of(2024, 2, 28));
    }

    @Test
    void aMessageGoesOnceItsFieldIsRightAndTheEarmarkOneWithItsLine(FxRobot robot) throws Exception {
        openNewPledge(robot);
        assertThat(robot.lookup("#allocation-project-0").tryQuery()).as("earmarked to nothing at first").isEmpty();
        robot.clickOn("#contribution-amount").write("35k");
        robot.clickOn("#contribution-reference");
        waitUntil(() -> messages(robot).stream().anyMatch(text -> text.startsWith("Not a number")));
        Node save = robot.lookup("#contribution-save").query();
        Bounds before = save.localToScreen(save.getBoundsInLocal());

        robot.doubleClickOn("#contribution-amount").eraseText(3).write("35000");
        waitUntil(() -> messages(robot).stream().noneMatch(text -> text.startsWith("Not a number")));
        robot.clickOn("#contribution-reference");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(messages(robot)).noneMatch(text -> text.startsWith("Not a number"));
        assertThat(save.localToScreen(save.getBoundsInLocal())).as("the buttons did not move").isEqualTo(before);

        robot.clickOn("#allocation-add");
        waitUntil(() -> robot.lookup("#allocation-project-0").tryQuery().isPresent());
        robot.clickOn("#contribution-save");
        waitUntil(() -> messages(robot).contains("Earmark 1: choose a project."));
        robot.clickOn("#allocation-remove-0");
        waitUntil(() -> !messages(robot).contains("Earmark 1: choose a project."));
    }

    @Test
    void cancelAsksWithoutTheMessagesOfTheLinesJustAdded(FxRobot robot) throws Exception {
        openNewPledge(robot);
        robot.clickOn("#allocation-add");
        robot.clickOn("#allocation-add");
        waitUntil(() -> robot.lookup("#allocation-project-1").tryQuery().isPresent());

        robot.clickOn(button(robot, "Cancel"));
        waitUntil(() -> robot.lookup(".dialog-pane .button").match(
                (Node node) -> "Keep editing".equals(((Button) node).getText())).tryQuery().isPresent());
        // The person is leaving the form: "Earmark 1: choose a project." behind the question was noise.
        assertThat(messages(robot)).isEmpty();

        robot.clickOn(button(robot, "Keep editing"));
        waitUntil(() -> robot.lookup("#allocation-project-1").tryQuery().isPresent());
        assertThat(messages(robot)).isEmpty();

        robot.clickOn("#contribution-save");
        waitUntil(() -> messages(robot).contains("Earmark 2: choose a project."));
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Node node) -> text.equals(((Button) node).getText()))
                .query();
    }

    @Test
    void thePaymentFormKeepsItsButtonsInViewWithTheFrenchMessage(FxRobot robot) throws Exception {
        launch("fr");
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        area(robot, KeyCode.DIGIT5);
        javafx.scene.control.TableView<Contribution> table = robot.lookup("#contributions-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 9);
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(row -> row.reference().equals("CA-2020-1")).findFirst().orElseThrow())).get();
        robot.clickOn("#payment-add");
        waitUntil(() -> robot.lookup("#payment-editor").tryQuery().isPresent());
        robot.clickOn("#payment-amount").write("5000");
        // Paid after the last stored ECB rate: the longest message, with the offer to update the rates under it.
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#payment-date").queryAs(DatePicker.class)
                .setValue(java.time.LocalDate.of(2026, 11, 27))).get();
        waitUntil(() -> robot.lookup("#payment-preview-update").query().isVisible());
        Label preview = robot.lookup("#payment-preview").query();
        assertThat(preview.getHeight()).as("a message of several lines").isGreaterThan(3 * preview.getFont().getSize());

        Window window = preview.getScene().getWindow();
        for (String id : List.of("#payment-save", "Annuler")) {
            Node button = id.startsWith("#") ? robot.lookup(id).query() : robot.lookup(".dialog-pane .button")
                    .match((Node node) -> ((javafx.scene.control.Button) node).getText().equals(id)).query();
            Bounds bounds = button.localToScreen(button.getBoundsInLocal());
            assertThat(bounds.getMinY()).as(id).isGreaterThanOrEqualTo(window.getY());
            assertThat(bounds.getMaxY()).as(id + " inside the window").isLessThanOrEqualTo(
                    window.getY() + window.getHeight());
            assertThat(bounds.getMaxX()).as(id).isLessThanOrEqualTo(window.getX() + window.getWidth());
        }
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertThat(window.getY() + window.getHeight()).as("the window on the screen")
                .isLessThanOrEqualTo(screen.getMaxY());
    }

    private void openNewPledge(FxRobot robot) throws Exception {
        launch("en");
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        area(robot, KeyCode.DIGIT5);
        waitUntil(() -> robot.lookup("#contributions-table").queryTableView().getItems().size() == 9);
        robot.clickOn("#contribution-new");
        waitUntil(() -> robot.lookup("#contribution-editor").tryQuery().isPresent());
    }

    /** The messages shown beside the fields of the open form. */
    private static List<String> messages(FxRobot robot) {
        return robot.lookup(".field-error").queryAll().stream().filter(Node::isVisible)
                .map(node -> ((Label) node).getText()).flatMap(text -> text.lines()).toList();
    }

    private static void area(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
    }
}
