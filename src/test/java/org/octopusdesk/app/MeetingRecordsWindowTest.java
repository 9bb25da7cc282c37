package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A meeting's attendance and documents in the real window over the sample: two delegations and an organisation make
 * the headcount sentence, a country twice is refused, and a document added with a file is listed with its copy.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingRecordsWindowTest {

    @TempDir
    static Path template;

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;
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
    void recordsDelegationsSeesTheHeadcountAndAddsADocumentWithAFile(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-meetings").tryQuery().isPresent());
        robot.clickOn("#nav-meetings");
        TableView<Meeting> table = robot.lookup("#meetings-table").queryTableView();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> table.getItems().size() == 21);
        WaitForAsyncUtils.asyncFx(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(meeting -> meeting.shortTitle().equals("T-CY 31")).findFirst().orElseThrow())).get();
        ListView<MeetingDocument> documents = robot.lookup("#documents-list").queryListView();
        waitUntil(() -> documents.getItems().size() == 1);
        Label headcount = robot.lookup("#attendance-headcount").queryAs(Label.class);
        waitUntil(() -> headcount.getText().equals("Attendance is not recorded."));

        delegation(robot, "FR", "3", "Jane Doe, Head of delegation");
        waitUntil(() -> headcount.getText().equals("3 representatives of 1 Party."));
        delegation(robot, "CA", "2", "");
        fire(robot, "#delegation-add");
        waitUntil(() -> robot.lookup("#delegation-editor").tryQuery().isPresent());
        robot.clickOn("#delegation-by-organisation");
        robot.clickOn("#delegation-organisation").write("UNODC");
        robot.clickOn("#delegation-persons").write("1");
        robot.clickOn("#delegation-save");
        waitUntil(() -> robot.lookup("#delegation-editor").tryQuery().isEmpty());
        waitUntil(() -> headcount.getText().equals(
                "6 representatives of 2 Parties and Observer States, and 1 organisation."));
        ListView<?> delegations = robot.lookup("#attendance-list").queryListView();
        assertThat(delegations.getItems()).hasSize(3);

        pickCountry(robot, "FR");
        robot.clickOn("#delegation-persons").write("1");
        robot.clickOn("#delegation-save");
        waitUntil(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(Node::isVisible));
        assertThat(robot.lookup(".field-error").queryAll().stream().filter(Node::isVisible)
                .map(node -> ((Label) node).getText()))
                .containsExactly("France already has a delegation at this meeting.");
        FormKeys.escape(robot);
        waitUntil(() -> robot.lookup("#delegation-editor").tryQuery().isEmpty());

        Path file = Files.writeString(elsewhere.resolve("Working document.pdf"), "%PDF-1.4 draft");
        fire(robot, "#document-add");
        waitUntil(() -> robot.lookup("#document-editor").tryQuery().isPresent()
                && "T-CY(2024)13".equals(robot.lookup("#document-symbol").queryTextInputControl().getText()));
        robot.clickOn("#document-title-en").write("Draft Protocol provisions");
        robot.clickOn("#document-file").write(file.toString());
        robot.clickOn("#document-save");
        waitUntil(() -> robot.lookup("#document-editor").tryQuery().isEmpty() && documents.getItems().size() == 2);
        MeetingDocument added = documents.getItems().get(1);
        assertThat(added.symbol().text()).isEqualTo("T-CY(2024)13");
        assertThat(added.originalName()).isEqualTo("Working document.pdf");
        assertThat(Files.readString(folder.resolve("documents").resolve(added.fileName())))
                .isEqualTo("%PDF-1.4 draft");
    }

    private static void delegation(FxRobot robot, String code, String persons, String names) throws Exception {
        pickCountry(robot, code);
        robot.clickOn("#delegation-persons").write(persons);
        if (!names.isEmpty()) {
            robot.clickOn("#delegation-delegates").write(names);
        }
        robot.clickOn("#delegation-save");
        waitUntil(() -> robot.lookup("#delegation-editor").tryQuery().isEmpty());
    }

    /** Opens a new delegation's form and picks the country, whose status on the meeting's date then shows. */
    private static void pickCountry(FxRobot robot, String code) throws Exception {
        fire(robot, "#delegation-add");
        waitUntil(() -> robot.lookup("#delegation-editor").tryQuery().isPresent());
        SearchableComboBox<Country> box = robot.lookup("#delegation-country").queryAs(SearchableComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> box.setValue(box.getItems().stream()
                .filter(country -> country.code().equals(code)).findFirst().orElseThrow())).get();
        Label status = robot.lookup("#delegation-status").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("T-CY status on 11/12/2024: "));
    }

    /** The page scrolls: its lower buttons are pressed as a keyboard user would, without reaching them first. */
    private static void fire(FxRobot robot, String id) throws Exception {
        Button button = robot.lookup(id).queryButton();
        WaitForAsyncUtils.asyncFx(button::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(30, condition);
    }
}
