package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.donor.Donor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every area shows the current figures when it is next seen: a pledge and its payment recorded in Contributions
 * reach the donor's page selected before, and the Rates area keeps its currency and chart however often it is
 * returned to.
 */
@ExtendWith(ApplicationExtension.class)
class FreshFiguresWindowTest {

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
    void aPledgeAndItsPaymentRecordedInContributionsReachTheDonorPageSelectedBefore(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        area(robot, KeyCode.DIGIT4);
        TableView<Donor> donors = robot.lookup("#donors-table").queryTableView();
        waitUntil(() -> donors.getItems().size() == 5);
        robot.clickOn("Netherlands (Ministry of Justice and Security)");
        waitUntil(() -> totalsText(robot).contains("Received in euros: EUR 50,000.00"));

        area(robot, KeyCode.DIGIT5);
        TableView<Contribution> contributions = robot.lookup("#contributions-table").queryTableView();
        waitUntil(() -> contributions.getItems().size() == 9);
        robot.clickOn("#contribution-new");
        waitUntil(() -> robot.lookup("#contribution-editor").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<Donor> donor = robot.lookup("#contribution-donor").queryComboBox();
            donor.setValue(donor.getItems().stream().filter(each -> each.name().startsWith("Netherlands"))
                    .findFirst().orElseThrow());
        }).get();
        robot.clickOn("#contribution-reference").write("NL-2026-1");
        robot.clickOn("#contribution-amount").write("30,000");
        robot.clickOn("#contribution-save");
        waitUntil(() -> robot.lookup("#contribution-editor").tryQuery().isEmpty() && selected(contributions) != null
                && selected(contributions).reference().equals("NL-2026-1"));

        area(robot, KeyCode.DIGIT4);
        waitUntil(() -> totalsText(robot).contains("EUR 30,000.00"));
        assertThat(donors.getSelectionModel().getSelectedItem().name()).startsWith("Netherlands");

        area(robot, KeyCode.DIGIT5);
        waitUntil(() -> selected(contributions) != null && selected(contributions).reference().equals("NL-2026-1"));
        robot.clickOn("#payment-add");
        waitUntil(() -> robot.lookup("#payment-editor").tryQuery().isPresent());
        robot.clickOn("#payment-save");
        waitUntil(() -> robot.lookup("#payment-editor").tryQuery().isEmpty()
                && selected(contributions).status() == ContributionStatus.RECEIVED);

        area(robot, KeyCode.DIGIT4);
        waitUntil(() -> totalsText(robot).contains("Received in euros: EUR 80,000.00"));
        assertThat(donors.getSelectionModel().getSelectedItem().name()).as("the donor stays selected")
                .startsWith("Netherlands");
    }

    @Test
    void theRatesAreaReturnedToKeepsItsCurrencyAndItsChart(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        area(robot, KeyCode.DIGIT6);
        waitUntil(() -> ratesShown(robot, "USD"));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#rates-currency").<String>queryComboBox().setValue("GBP"))
                .get();
        waitUntil(() -> ratesShown(robot, "GBP"));

        for (int time = 1; time <= 3; time++) {
            area(robot, time % 2 == 0 ? KeyCode.DIGIT1 : KeyCode.DIGIT5);
            area(robot, KeyCode.DIGIT6);
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#status-busy").query().isVisible());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(ratesShown(robot, "GBP")).as("return %d", time).isTrue();
        }
    }

    /** The currency chosen, its rates in the table, and its chart drawn. */
    private static boolean ratesShown(FxRobot robot, String currency) {
        ComboBox<String> box = robot.lookup("#rates-currency").queryComboBox();
        TableView<?> table = robot.lookup("#rates-table").queryTableView();
        LineChart<?, ?> chart = robot.lookup("#rates-chart").query();
        return currency.equals(box.getValue()) && table.getItems().size() > 1000
                && !chart.getData().isEmpty() && chart.getData().get(0).getData().size() > 10
                && chart.getTitle().endsWith(currency);
    }

    private static String totalsText(FxRobot robot) {
        return robot.lookup("#donor-totals-box").queryAll().stream().findFirst()
                .map(box -> robot.from(box).lookup(".label").queryAll().stream().map(node -> ((Labeled) node)
                        .getText()).reduce("", (all, text) -> all + "\n" + text)).orElse("");
    }

    private static Contribution selected(TableView<Contribution> table) {
        return table.getSelectionModel().getSelectedItem();
    }

    private static void area(FxRobot robot, KeyCode digit) {
        robot.press(KeyCode.CONTROL, digit).release(digit, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
    }
}
