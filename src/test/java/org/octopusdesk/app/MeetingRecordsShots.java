package org.octopusdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.meeting.Meeting;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The screenshot tour's pictures of a meeting's attendance and documents, and of their two forms. */
final class MeetingRecordsShots {

    private MeetingRecordsShots() {
    }

    static void take(FxRobot robot, Stage stage, String language) throws Exception {
        TableView<Meeting> table = robot.lookup("#meetings-table").queryTableView();
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(meeting -> meeting.shortTitle().equals("T-CY 31")).findFirst().orElseThrow())).get();
        waitFor(() -> robot.lookup("#documents-list").queryListView().getItems().size() == 1);
        delegation(robot, "FR", "3", "Jane Doe, Head of delegation\nJohn Roe, Prosecutor");
        delegation(robot, "CA", "2", "");
        fire(robot, "#delegation-add");
        waitFor(() -> robot.lookup("#delegation-editor").tryQuery().isPresent());
        robot.clickOn("#delegation-by-organisation");
        robot.clickOn("#delegation-organisation").write("UNODC");
        robot.clickOn("#delegation-persons").write("1");
        robot.clickOn("#delegation-save");
        waitFor(() -> robot.lookup("#delegation-editor").tryQuery().isEmpty()
                && robot.lookup("#attendance-list").queryListView().getItems().size() == 3);

        pickCountry(robot, "JP");
        robot.clickOn("#delegation-persons").write("2");
        robot.clickOn("#delegation-delegates").write("Taro Yamada, Head of delegation");
        ScreenshotTour.save(ScreenshotTour.dialogScene(robot, "#delegation-editor"),
                language + "-12g-delegation-editor");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#delegation-editor").tryQuery().isEmpty());

        Path file = Files.createTempFile("T-CY draft", ".pdf");
        fire(robot, "#document-add");
        waitFor(() -> robot.lookup("#document-editor").tryQuery().isPresent()
                && !robot.lookup("#document-symbol").queryTextInputControl().getText().isEmpty());
        robot.clickOn("#document-title-en").write("Draft Guidance Note on the Second Protocol");
        robot.clickOn("#document-title-fr").write("Projet de note d’orientation sur le deuxième Protocole");
        robot.clickOn("#document-file").write(file.toString());
        ScreenshotTour.save(ScreenshotTour.dialogScene(robot, "#document-editor"), language + "-12h-document-editor");
        robot.clickOn("#document-save");
        waitFor(() -> robot.lookup("#document-editor").tryQuery().isEmpty()
                && robot.lookup("#documents-list").queryListView().getItems().size() == 2);
        Files.deleteIfExists(file);

        WaitForAsyncUtils.asyncFx(() -> {
            Node detail = robot.lookup("#meeting-detail").query();
            Node parent = detail.getParent();
            while (parent != null && !(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            if (parent != null) {
                ((ScrollPane) parent).setVvalue(((ScrollPane) parent).getVmax());
            }
        }).get();
        ScreenshotTour.save(stage.getScene(), language + "-12f-meeting-records");
    }

    private static void delegation(FxRobot robot, String code, String persons, String names) throws Exception {
        pickCountry(robot, code);
        robot.clickOn("#delegation-persons").write(persons);
        if (!names.isEmpty()) {
            robot.clickOn("#delegation-delegates").write(names);
        }
        robot.clickOn("#delegation-save");
        waitFor(() -> robot.lookup("#delegation-editor").tryQuery().isEmpty());
    }

    private static void pickCountry(FxRobot robot, String code) throws Exception {
        fire(robot, "#delegation-add");
        waitFor(() -> robot.lookup("#delegation-editor").tryQuery().isPresent());
        SearchableComboBox<Country> box = robot.lookup("#delegation-country").queryAs(SearchableComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> box.setValue(box.getItems().stream()
                .filter(country -> country.code().equals(code)).findFirst().orElseThrow())).get();
        waitFor(() -> !robot.lookup("#delegation-status").queryLabeled().getText().isEmpty());
    }

    private static void fire(FxRobot robot, String id) {
        Button button = robot.lookup(id).queryButton();
        WaitForAsyncUtils.asyncFx(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
