package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.service.countries.ChartLine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Countries area over the sample's treaty chart: filtering, counts as of a date, logging assistance. */
@ExtendWith(ApplicationExtension.class)
class CountriesWindowTest {

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
    void filtersTheChartCountsAsOfADateAndLogsAssistanceOnACountryPage(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        waitUntil(() -> robot.lookup("#nav-countries").tryQuery().isPresent());
        robot.clickOn("#nav-countries");
        TableView<ChartLine> table = robot.lookup("#countries-table").queryTableView();
        waitUntil(() -> table.getItems().size() == 35);
        Label counts = robot.lookup("#countries-counts").queryAs(Label.class);

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#countries-as-of").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2024, 6, 20))).get();
        waitUntil(() -> counts.getText().equals(
                "23 Parties (20 in force), 7 signatories not yet Parties, 0 invited to accede, as of 20/06/2024"));
        robot.clickOn("#countries-filter").write("beni");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).country().code()).isEqualTo("BJ");

        robot.clickOn("Benin");
        Label status = robot.lookup("#country-page-status").queryAs(Label.class);
        waitUntil(() -> status.getText().equals("T-CY status on 20/06/2024: Party"));
        robot.clickOn("#country-page-log");
        waitUntil(() -> robot.lookup("#assistance-editor").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#assistance-start").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2024, 9, 10))).get();
        robot.clickOn("#assistance-description").write("Workshop on the Second Protocol");
        robot.clickOn("#assistance-save");
        waitUntil(() -> robot.lookup("#assistance-editor").tryQuery().isEmpty());

        ListView<String> activities = robot.lookup("#country-page-activities").queryListView();
        waitUntil(() -> activities.getItems().equals(
                java.util.List.of("10/09/2024 · Workshop · Workshop on the Second Protocol")));
        robot.clickOn("#countries-tab-assistance");
        TableView<?> log = robot.lookup("#assistance-table").queryTableView();
        waitUntil(() -> log.getItems().size() == 1);
    }

    @Test
    void refusesAnActivityWithoutItsDescriptionBesideTheField(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-countries").tryQuery().isPresent());
        robot.clickOn("#nav-countries");
        robot.clickOn("#countries-tab-assistance");
        robot.clickOn("#assistance-new");
        waitUntil(() -> robot.lookup("#assistance-editor").tryQuery().isPresent());
        robot.clickOn("#assistance-save");
        waitUntil(() -> robot.lookup("Required.").tryQuery().isPresent());
        assertThat(robot.lookup("#assistance-editor").tryQuery()).isPresent();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
    }
}
