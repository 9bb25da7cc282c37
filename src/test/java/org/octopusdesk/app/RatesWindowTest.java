package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.money.ExchangeRate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Exchange rates area: where a manual rate goes once saved. */
@ExtendWith(ApplicationExtension.class)
class RatesWindowTest {

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
    void aManualRateOfAnotherCurrencyIsShownSelectedOnceSaved(FxRobot robot) throws Exception {
        TableView<ExchangeRate> table = openedOnTheDollar(robot);

        robot.clickOn("#rates-manual");
        waitUntil(() -> robot.lookup("#manual-rate-editor").tryQuery().isPresent());
        robot.clickOn("#manual-rate");
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#manual-currency").queryTextInputControl().setText("XOF");
            robot.lookup("#manual-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 11, 2));
            robot.lookup("#manual-rate").queryTextInputControl().setText("655.957");
            robot.lookup("#manual-note").queryTextInputControl().setText("Fixed parity of the CFA franc");
        }).get();
        robot.clickOn("#manual-save");

        // Read on the FX thread (decision 0038): the history may be set again while the test looks.
        waitUntil(() -> robot.lookup("#manual-rate-editor").tryQuery().isEmpty()
                && "XOF".equals(robot.lookup("#rates-currency").queryComboBox().getValue())
                && table.getItems().size() == 1 && table.getSelectionModel().getSelectedItem() != null);
        ExchangeRate selected = WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().getSelectedItem()).get();
        assertThat(selected.currency()).isEqualTo("XOF");
        assertThat(selected.date()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(selected.note()).isEqualTo("Fixed parity of the CFA franc");
        waitUntil(() -> "Source: manual rate".equals(robot.lookup("#rates-sources").queryLabeled().getText())
                && "XOF".equals(robot.lookup("#convert-currency").queryComboBox().getValue()));
    }

    @Test
    void aClickOnTheDateTurnsTheOrderRoundEachTime(FxRobot robot) throws Exception {
        TableView<ExchangeRate> table = openedOnTheDollar(robot);
        LocalDate newest = WaitForAsyncUtils.asyncFx(() -> table.getItems().get(0).date()).get();

        // JavaFX's first click on a column sorted newest first would leave it unsorted, which looked the same.
        robot.clickOn(robot.lookup("#rates-table .column-header .label").match(
                node -> "Date".equals(((javafx.scene.control.Labeled) node).getText())).queryLabeled());
        waitUntil(() -> table.getItems().get(0).date().equals(LocalDate.of(1999, 1, 4)));
        robot.clickOn(robot.lookup("#rates-table .column-header .label").match(
                node -> "Date".equals(((javafx.scene.control.Labeled) node).getText())).queryLabeled());
        waitUntil(() -> table.getItems().get(0).date().equals(newest));
    }

    @Test
    void typingInTheCurrencyBoxKeepsTheShownCurrencyUntilOneIsPicked(FxRobot robot) throws Exception {
        TableView<ExchangeRate> table = openedOnTheDollar(robot);

        robot.clickOn("#rates-currency").write("JP");
        WaitForAsyncUtils.waitForFxEvents();
        // The box has no value while the search runs; what is shown stays the dollar's until a currency is picked.
        assertThat(WaitForAsyncUtils.asyncFx(() -> table.getItems().size() > 6000
                && "USD".equals(table.getItems().get(0).currency())).get()).isTrue();

        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> "JPY".equals(robot.lookup("#rates-currency").queryComboBox().getValue())
                && !table.getItems().isEmpty() && "JPY".equals(table.getItems().get(0).currency()));

        // A search given up with Escape puts the shown currency back in the box.
        robot.clickOn("#rates-currency").write("ZZ");
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#rates-currency").queryComboBox().isShowing()
                && "JPY".equals(robot.lookup("#rates-currency").queryComboBox().getValue())
                && "JPY".equals(table.getItems().get(0).currency()));
    }

    @Test
    void theListOpensOnTheShownCurrencyAndAPickWithTheMouseLeavesTheFocusInTheBox(FxRobot robot) throws Exception {
        TableView<ExchangeRate> table = openedOnTheDollar(robot);

        // The dollar, far down the list, is in sight and selected, as in a plain combo box: not the first entries.
        robot.clickOn("#rates-currency");
        waitUntil(() -> robot.lookup(".list-view").match(list -> list instanceof ListView<?> shown
                && "USD".equals(shown.getSelectionModel().getSelectedItem())).tryQuery().isPresent());
        ListView<?> list = robot.lookup(".list-view").match(shown -> shown instanceof ListView<?> candidate
                && "USD".equals(candidate.getSelectionModel().getSelectedItem())).query();
        waitUntil(() -> list.lookupAll(".list-cell").stream().anyMatch(cell -> cell.isVisible()
                && "USD".equals(((Labeled) cell).getText()) && within(cell, list)));
        robot.write("JP");
        waitUntil(() -> robot.lookup(".list-cell").match(cell -> "JPY".equals(((Labeled) cell).getText()))
                .tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match(cell -> "JPY".equals(((Labeled) cell).getText()))
                .queryLabeled());

        waitUntil(() -> "JPY".equals(table.getItems().isEmpty() ? null : table.getItems().get(0).currency()));
        // Where Enter and Escape leave it: not on the next control ("Import ECB file…"), as it went before.
        ComboBox<?> box = robot.lookup("#rates-currency").queryComboBox();
        waitUntil(() -> box.isFocused());
        assertThat(WaitForAsyncUtils.asyncFx(() -> box.getScene().getFocusOwner() == box).get()).isTrue();
    }

    /** Whether {@code cell} lies within {@code list}'s shown part, in the scene. */
    private static boolean within(javafx.scene.Node cell, ListView<?> list) {
        javafx.geometry.Bounds shown = list.localToScene(list.getLayoutBounds());
        javafx.geometry.Bounds row = cell.localToScene(cell.getLayoutBounds());
        return row.getMinY() >= shown.getMinY() && row.getMaxY() <= shown.getMaxY();
    }

    /** The rates' area, once it shows the dollar's history, the first currency; returns its table. */
    private static TableView<ExchangeRate> openedOnTheDollar(FxRobot robot) throws Exception {
        firstLoad(() -> robot.lookup("#nav-rates").tryQuery().isPresent());
        robot.clickOn("#nav-rates");
        TableView<ExchangeRate> table = robot.lookup("#rates-table").queryTableView();
        firstLoad(() -> "USD".equals(robot.lookup("#rates-currency").queryComboBox().getValue())
                && table.getItems().size() > 6000);
        return table;
    }

    private static void firstLoad(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
    }
}
