package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.LogisticsCategory;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** The Conferences area: a new edition, then a day of its programme built session by session. */
@ExtendWith(ApplicationExtension.class)
class ConferencesWindowTest {

    @TempDir
    static Path template;

    @TempDir
    Path folder;
    private final TestWindow window = new TestWindow();

    @BeforeAll
    static void prepareTemplate() {
        TestWindow.prepareTemplate(template);
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        window.open(template, folder, stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void createsAnEditionAndBuildsADayOfItsProgrammeWithTheClashFlagged(FxRobot robot) throws Exception {
        firstLoad(() -> robot.lookup("#nav-conferences").tryQuery().isPresent());
        robot.clickOn("#nav-conferences");
        TableView<Conference> table = robot.lookup("#conferences-table").queryTableView();
        firstLoad(() -> table.getItems().size() == 9);

        robot.clickOn("#conference-new");
        waitUntil(() -> robot.lookup("#conference-editor").tryQuery().isPresent());
        // Proposed for this year (the latest recorded is 2023); an edition of 2024 is entered late, and the proposed
        // title follows the year typed.
        robot.doubleClickOn("#conference-year").write("2024");
        waitUntil(() -> robot.lookup("#conference-title").queryTextInputControl().getText()
                .equals("Octopus Conference 2024"));
        setDate(robot, "#conference-start", LocalDate.of(2024, 12, 10));
        setDate(robot, "#conference-end", LocalDate.of(2024, 12, 12));
        robot.clickOn("#conference-city").write("Bucharest, Romania");
        robot.clickOn("#conference-save");
        waitUntil(() -> robot.lookup("#conference-editor").tryQuery().isEmpty());
        waitUntil(() -> table.getItems().size() == 10);
        assertThat(table.getSelectionModel().getSelectedItem().title()).isEqualTo("Octopus Conference 2024");

        robot.clickOn("#conference-tab-programme");
        addSession(robot, "09:00", "10:30", "Room 1", "Opening", "Ana Lee; Council of Europe; France");
        addSession(robot, "10:00", "11:00", "Room 2", "Cloud evidence", "ana lee; ; FR");
        Label summary = robot.lookup("#programme-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().equals(
                "2 sessions on this day; 2 clash with another (outlined in red)."));
        assertThat(robot.lookup(".programme-session-clash").queryAll()).hasSize(2);
        assertThat(robot.lookup("Ana Lee is also in “Cloud evidence” (10:00–11:00).").tryQuery()).isPresent();
    }

    @Test
    void refusesASessionThatEndsBeforeItStartsBesideTheField(FxRobot robot) throws Exception {
        firstLoad(() -> robot.lookup("#nav-conferences").tryQuery().isPresent());
        robot.clickOn("#nav-conferences");
        TableView<Conference> table = robot.lookup("#conferences-table").queryTableView();
        firstLoad(() -> table.getItems().size() == 9);
        robot.clickOn("Octopus Conference 2019");
        robot.clickOn("#conference-tab-programme");
        robot.clickOn("#session-new");
        waitUntil(() -> robot.lookup("#session-editor").tryQuery().isPresent());
        robot.clickOn("#session-start").write("14:00");
        robot.clickOn("#session-end").write("13h");
        robot.clickOn("#session-room").write("Room 9");
        robot.clickOn("#session-title").write("Backwards");
        robot.clickOn("#session-save");
        waitUntil(() -> robot.lookup("The end must come after the start.").tryQuery().isPresent());
        assertThat(robot.lookup("#session-editor").tryQuery()).isPresent();
    }

    @Test
    void registersAParticipantWithConsentAndCountsThem(FxRobot robot) throws Exception {
        firstLoad(() -> robot.lookup("#nav-conferences").tryQuery().isPresent());
        robot.clickOn("#nav-conferences");
        TableView<Conference> table = robot.lookup("#conferences-table").queryTableView();
        firstLoad(() -> table.getItems().size() == 9);
        robot.clickOn("Octopus Conference 2023");
        robot.clickOn("#conference-tab-participants");
        Label sentence = robot.lookup("#participants-sentence").queryAs(Label.class);
        waitUntil(() -> sentence.getText().equals("No participant yet"));
        robot.clickOn("#participant-new");
        waitUntil(() -> robot.lookup("#participant-editor").tryQuery().isPresent());
        robot.clickOn("#participant-save");
        waitUntil(() -> robot.lookup("Required.").tryQuery().isPresent());
        robot.clickOn("#participant-name").write("Ioana Popescu");
        robot.clickOn("#participant-organisation").write("Ministerul Justiției");
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#participant-country").<javafx.scene.control.ComboBox<org.octopusdesk.domain.country.Country>>
                    query().setValue(new org.octopusdesk.domain.country.Country("RO", "Romania", "Roumanie"));
            robot.lookup("#participant-sector").<javafx.scene.control.ComboBox<Object>>query()
                    .setValue(org.octopusdesk.domain.conference.Sector.CRIMINAL_JUSTICE);
        }).get();
        robot.clickOn("#participant-funded");
        robot.clickOn("#participant-consent");
        robot.clickOn("#participant-save");
        waitUntil(() -> robot.lookup("#participant-editor").tryQuery().isEmpty());
        TableView<?> participants = robot.lookup("#participants-table").queryTableView();
        waitUntil(() -> participants.getItems().size() == 1);
        waitUntil(() -> sentence.getText().equals("1 participant from 1 country · 1 funded"));
        assertThat(robot.lookup("Romania").tryQuery()).isPresent();
    }

    @Test
    void addsLogisticsTasksMarksOneDoneAndTheOverdueOneLeadsFromTheDashboardToTheEditionsLogistics(FxRobot robot)
            throws Exception {
        firstLoad(() -> robot.lookup("#nav-conferences").tryQuery().isPresent());
        robot.clickOn("#nav-conferences");
        TableView<Conference> table = robot.lookup("#conferences-table").queryTableView();
        firstLoad(() -> table.getItems().size() == 9);
        robot.clickOn("#conference-new");
        waitUntil(() -> robot.lookup("#conference-editor").tryQuery().isPresent());
        robot.clickOn("#conference-save");
        waitUntil(() -> robot.lookup("#conference-editor").tryQuery().isEmpty());
        waitUntil(() -> table.getItems().size() == 10);
        robot.clickOn("#conference-tab-logistics");
        TableView<LogisticsTask> tasks = robot.lookup("#logistics-table").queryTableView();
        // An edition without dates starts with the checklist's tasks, undated.
        waitUntil(() -> tasks.getItems().size() == 6);
        assertThat(tasks.getItems()).allSatisfy(task -> assertThat(task.due()).isNull());

        addTask(robot, "Hotel block for speakers", LocalDate.of(2026, 11, 20));
        addTask(robot, "Shuttle from the airport", LocalDate.of(2026, 11, 25));
        waitUntil(() -> tasks.getItems().size() == 8);
        Label summary = robot.lookup("#logistics-summary").queryAs(Label.class);
        waitUntil(() -> summary.getText().equals("8 tasks · 0 done · 2 overdue"));
        assertThat(robot.lookup(".table-cell").match(LabeledMatchers.hasText("Open · overdue")).queryAll())
                .hasSize(2);
        robot.clickOn("Hotel block for speakers");
        robot.clickOn("#logistics-done");
        waitUntil(() -> summary.getText().equals("8 tasks · 1 done · 1 overdue"));
        assertThat(robot.lookup("Done").tryQuery()).isPresent();

        robot.clickOn("#nav-dashboard");
        javafx.scene.layout.VBox overdue = robot.lookup("#dashboard-overdue-logistics").queryAs(
                javafx.scene.layout.VBox.class);
        waitUntil(() -> overdue.getChildren().size() == 1
                && robot.from(overdue).lookup(".hyperlink").tryQuery().isPresent());
        assertThat(robot.from(overdue).lookup("— Shuttle from the airport (due 25/11/2026)").tryQuery()).isPresent();
        robot.clickOn(robot.from(overdue).lookup(".hyperlink").<javafx.scene.Node>query());
        waitUntil(() -> robot.lookup("#logistics-table").tryQuery().isPresent()
                && robot.lookup("#logistics-table").query().isVisible());
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().title().equals("Octopus Conference 2026"));
        assertThat(robot.lookup("#conference-tabs").<javafx.scene.control.TabPane>query().getSelectionModel()
                .getSelectedItem().getId()).isEqualTo("conference-tab-logistics");
    }

    private static void addTask(FxRobot robot, String title, LocalDate due) throws Exception {
        robot.clickOn("#logistics-new");
        waitUntil(() -> robot.lookup("#logistics-editor").tryQuery().isPresent());
        robot.clickOn("#logistics-title").write(title);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#logistics-category")
                .<javafx.scene.control.ComboBox<Object>>query().setValue(LogisticsCategory.TRAVEL)).get();
        setDate(robot, "#logistics-due", due);
        robot.clickOn("#logistics-save");
        waitUntil(() -> robot.lookup("#logistics-editor").tryQuery().isEmpty());
    }

    private static void addSession(FxRobot robot, String start, String end, String room, String title,
            String speaker) throws Exception {
        robot.clickOn("#session-new");
        waitUntil(() -> robot.lookup("#session-editor").tryQuery().isPresent());
        robot.clickOn("#session-start").write(start);
        robot.clickOn("#session-end").write(end);
        robot.clickOn("#session-room").write(room);
        robot.clickOn("#session-title").write(title);
        robot.clickOn("#session-speakers").write(speaker);
        robot.clickOn("#session-save");
        waitUntil(() -> robot.lookup("#session-editor").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup(title).tryQuery().isPresent());
    }

    private static void setDate(FxRobot robot, String id, LocalDate date) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(DatePicker.class).setValue(date)).get();
    }

    /** The window's first background work (the sample data) takes long on a busy machine. */
    private static void firstLoad(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
    }
}
