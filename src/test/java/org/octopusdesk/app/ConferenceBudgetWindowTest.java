package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.conference.BudgetCategory;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.project.Project;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Budget tab: a line planned in Canadian dollars, an actual cost booked for it, and the balance it leaves. */
@ExtendWith(ApplicationExtension.class)
class ConferenceBudgetWindowTest {

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
    void addsALineInCanadianDollarsBooksAnActualCostAndShowsTheBalance(FxRobot robot) throws Exception {
        firstLoad(() -> robot.lookup("#nav-conferences").tryQuery().isPresent());
        robot.clickOn("#nav-conferences");
        TableView<Conference> table = robot.lookup("#conferences-table").queryTableView();
        firstLoad(() -> table.getItems().size() == 9);
        robot.clickOn("Octopus Conference 2023");
        giveTheEditionAProject(robot, table);

        robot.clickOn("#conference-tab-budget");
        robot.clickOn("#budget-line-new");
        waitUntil(() -> robot.lookup("#budget-line-editor").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#budget-category").<ComboBox<Object>>query()
                .setValue(BudgetCategory.FUNDED_TRAVEL)).get();
        robot.clickOn("#budget-description").write("Flights of funded participants");
        robot.clickOn("#budget-amount").write("30000");
        setCurrency(robot, "#budget-currency", "CAD");
        setDate(robot, "#budget-planned-on", LocalDate.of(2023, 10, 2));
        robot.clickOn("#budget-line-save");
        waitUntil(() -> robot.lookup("#budget-line-editor").tryQuery().isEmpty());
        TableView<BudgetLine> lines = robot.lookup("#budget-lines").queryTableView();
        waitUntil(() -> lines.getItems().size() == 1);
        // 2 Oct 2023: EUR 1 = CAD 1.4335.
        assertThat(text(robot, "#budget-planned")).isEqualTo("EUR 20,927.80");

        robot.clickOn("Flights of funded participants");
        robot.clickOn("#budget-actual-new");
        waitUntil(() -> robot.lookup("#actual-cost-editor").tryQuery().isPresent());
        setDate(robot, "#actual-spent-on", LocalDate.of(2023, 12, 14));
        robot.clickOn("#actual-amount").write("14677");
        setCurrency(robot, "#actual-currency", "QQQ");
        robot.clickOn("#actual-save");
        waitUntil(() -> robot.lookup(node -> node instanceof Label label
                && label.getText().startsWith("Unknown currency code “QQQ”")).tryQuery().isPresent());
        setCurrency(robot, "#actual-currency", "CAD");
        robot.clickOn("#actual-save");
        waitUntil(() -> robot.lookup("#actual-cost-editor").tryQuery().isEmpty());

        // 14 Dec 2023: EUR 1 = CAD 1.4677; nothing is earmarked to the edition, so the balance is the cost.
        waitUntil(() -> text(robot, "#budget-actual").equals("EUR 10,000.00"));
        assertThat(text(robot, "#budget-balance-actual")).isEqualTo("EUR -10,000.00");
        assertThat(text(robot, "#budget-balance-planned")).isEqualTo("EUR -20,927.80");
        assertThat(robot.lookup("#budget-actuals").queryTableView().getItems()).hasSize(1);
        assertThat(robot.lookup("#budget-chart").tryQuery()).isPresent();
    }

    /** The sample editions name no project (the record does not say which paid): the 2023 one gets the Octopus one. */
    private static void giveTheEditionAProject(FxRobot robot, TableView<Conference> table) throws Exception {
        robot.clickOn("#conference-edit");
        waitUntil(() -> robot.lookup("#conference-editor").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<Project> project = robot.lookup("#conference-project").query();
            project.setValue(project.getItems().stream().filter(one -> one != null
                    && one.code().equals("OCTOPUS")).findFirst().orElseThrow());
        }).get();
        robot.clickOn("#conference-save");
        waitUntil(() -> robot.lookup("#conference-editor").tryQuery().isEmpty());
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().project() != null);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void setCurrency(FxRobot robot, String id, String code) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).<ComboBox<String>>query().getEditor().setText(code)).get();
    }

    private static void setDate(FxRobot robot, String id, LocalDate date) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(DatePicker.class).setValue(date)).get();
    }

    private static void firstLoad(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
    }
}
