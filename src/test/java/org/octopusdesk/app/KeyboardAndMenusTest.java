package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.ui.common.Cells;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window driven from the keyboard: New, Edit and Delete act on the area in view, every menu opens with its
 * Alt+letter in both languages, Tab leaves the notes, forms open on their first field, and a cut cell shows its text.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardAndMenusTest {

    @TempDir
    static Path template;

    @TempDir
    Path folder;
    private final TestWindow window = new TestWindow();

    @org.junit.jupiter.api.BeforeAll
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
    void ctrlNMakesARecordOfTheAreaInViewAndStaysThere(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        ctrl(robot, KeyCode.DIGIT5);
        waitUntil(() -> robot.lookup("#contributions-table").queryTableView().getItems().size() == 9);
        assertThat(plain(item(robot, "menu-file", "menu-area-new"))).isEqualTo("New pledge…");

        ctrl(robot, KeyCode.N);

        waitUntil(() -> robot.lookup("#contribution-editor").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-contributions").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#project-editor").tryQuery()).isEmpty();
        closeDialog(robot, "#contribution-editor");

        ctrl(robot, KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#donors-table").queryTableView().getItems().size() == 5);
        assertThat(plain(item(robot, "menu-edit", "menu-area-edit"))).isEqualTo("Edit donor…");
        ctrl(robot, KeyCode.N);
        waitUntil(() -> robot.lookup("#donor-editor").tryQuery().isPresent());
        assertThat(robot.lookup("#nav-donors").queryAs(ToggleButton.class).isSelected()).isTrue();
        closeDialog(robot, "#donor-editor");

        ctrl(robot, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#timeline-view").tryQuery().isPresent());
        MenuItem none = item(robot, "menu-file", "menu-area-new");
        assertThat(none.isDisable()).as("the timeline makes nothing").isTrue();
        assertThat(plain(none)).isEqualTo("New…");
        ctrl(robot, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-timeline").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void editAndDeleteInTheMenuWaitForARecordToBeSelected(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        ctrl(robot, KeyCode.DIGIT4);
        waitUntil(() -> cell(robot, "Japan").isPresent());
        TableView<?> donors = robot.lookup("#donors-table").queryTableView();
        robot.interact(() -> donors.getSelectionModel().clearSelection());

        assertThat(item(robot, "menu-edit", "menu-area-edit").isDisable()).as("nothing to edit").isTrue();
        assertThat(item(robot, "menu-edit", "menu-area-delete").isDisable()).as("nothing to delete").isTrue();

        robot.clickOn(cell(robot, "Japan").orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(item(robot, "menu-edit", "menu-area-edit").isDisable()).isFalse();
        assertThat(item(robot, "menu-edit", "menu-area-delete").isDisable()).isFalse();
        assertThat(item(robot, "menu-file", "menu-area-new").isDisable()).as("New needs no selection").isFalse();
    }

    @Test
    void ctrlDeleteAsksOnceWhetherTheListOrTheMenuHasIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        ctrl(robot, KeyCode.DIGIT4);
        waitUntil(() -> cell(robot, "Japan").isPresent());
        robot.clickOn(cell(robot, "Japan").orElseThrow());

        ctrl(robot, KeyCode.DELETE);

        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane").queryAll()).as("one question, not two").hasSize(1);
        FormKeys.escape(robot);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("and no second one after it").isEmpty();
        assertThat(robot.lookup("#donors-table").queryTableView().getItems()).hasSize(5);
    }

    @Test
    void aFormOpensOnItsFirstFieldAndTabLeavesTheNotes(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        ctrl(robot, KeyCode.DIGIT4);
        ctrl(robot, KeyCode.N);
        waitUntil(() -> robot.lookup("#donor-editor").tryQuery().isPresent());
        waitUntil(() -> focused(robot).map(Node::getId).orElse("").equals("donor-name"));

        TextArea notes = robot.lookup("#donor-notes").queryAs(TextArea.class);
        robot.clickOn(notes).write("Met in Strasbourg");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(notes.getText()).isEqualTo("Met in Strasbourg");
        assertThat(notes.isFocused()).as("Tab moved on").isFalse();
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notes.isFocused()).as("Shift+Tab came back").isTrue();
        assertThat(notes.getText()).doesNotContain("\t");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focused(robot).map(Node::getId)).as("and on back to the field before").contains("donor-country");
        closeDialog(robot, "#donor-editor");
    }

    @Test
    void altAndALetterOpenEveryMenuAndNoMenuSharesALetterInEitherLanguage(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        assertLettersDistinctInEveryArea(robot);
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        waitUntil(() -> menu(robot, "menu-file").isShowing());
        FormKeys.escape(robot);
        waitUntil(() -> !menu(robot, "menu-file").isShowing());

        robot.clickOn("#menu-view").clickOn("#menu-language").clickOn("#menu-language-fr");
        waitUntil(() -> plain(menu(robot, "menu-file")).equals("Fichier"));
        assertLettersDistinctInEveryArea(robot);
        assertThat(menu(robot, "menu-edit").getText()).as("Alt+É cannot be typed").isEqualTo("É_dition");
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        waitUntil(() -> menu(robot, "menu-file").isShowing());
        FormKeys.escape(robot);
    }

    @Test
    void aCellTooNarrowForItsTextShowsItAsATooltip(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        ctrl(robot, KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#donors-table").queryTableView().getItems().size() == 5);
        TableView<Donor> table = robot.lookup("#donors-table").queryTableView();
        TableColumn<Donor, ?> name = table.getColumns().get(0);
        waitUntil(() -> cell(robot, "Japan").isPresent());
        assertThat(cell(robot, "Japan").orElseThrow().getTooltip()).as("a text that fits").isNull();

        WaitForAsyncUtils.asyncFx(() -> name.setPrefWidth(70)).get();
        waitUntil(() -> cell(robot, "United Kingdom (FCDO)").map(Cells::isCut).orElse(false));

        TableCell<?, ?> cut = cell(robot, "United Kingdom (FCDO)").orElseThrow();
        assertThat(cut.getTooltip()).isNotNull();
        assertThat(cut.getTooltip().getText()).isEqualTo("United Kingdom (FCDO)");
        assertThat(cell(robot, "Japan").orElseThrow().getTooltip()).isNull();
    }

    /** Within each menu, with each area in view (the following items change their words), one letter per item. */
    private void assertLettersDistinctInEveryArea(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(KeyboardAndMenusTest::letter).doesNotContainNull()
                .doesNotHaveDuplicates();
        List<ToggleButton> areas = robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().toList();
        for (ToggleButton area : areas) {
            robot.clickOn(area);
            WaitForAsyncUtils.waitForFxEvents();
            for (Menu menu : bar.getMenus()) {
                List<MenuItem> items = new ArrayList<>(menu.getItems());
                items.removeIf(SeparatorMenuItem.class::isInstance);
                assertThat(items).as(menu.getText() + " in " + area.getId()).extracting(KeyboardAndMenusTest::letter)
                        .doesNotContainNull().doesNotHaveDuplicates();
            }
        }
    }

    private static Character letter(MenuItem item) {
        String text = item.getText();
        int mark = text.indexOf('_');
        return mark < 0 || mark == text.length() - 1 ? null : Character.toLowerCase(text.charAt(mark + 1));
    }

    private static String plain(MenuItem item) {
        return item.getText().replace("_", "");
    }

    private static Optional<TableCell<?, ?>> cell(FxRobot robot, String text) {
        return robot.lookup("#donors-table .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> text.equals(cell.getText())).<TableCell<?, ?>>map(cell -> cell).findFirst();
    }

    /** What has the keyboard in the dialog open on top of the window. */
    private static Optional<Node> focused(FxRobot robot) {
        return robot.lookup(".dialog-pane").tryQuery().map(pane -> pane.getScene().getFocusOwner());
    }

    private static Menu menu(FxRobot robot, String id) {
        return robot.lookup("#main-menu").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> id.equals(menu.getId())).findFirst().orElseThrow();
    }

    private static MenuItem item(FxRobot robot, String menu, String id) {
        return menu(robot, menu).getItems().stream().filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void closeDialog(FxRobot robot, String id) throws Exception {
        FormKeys.escape(robot);
        waitUntil(() -> robot.lookup(id).tryQuery().isEmpty());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
    }
}
