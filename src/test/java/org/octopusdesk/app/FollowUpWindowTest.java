package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.meeting.BureauMember;
import org.octopusdesk.domain.meeting.BureauRole;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.persistence.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Follow-up actions and the Bureau in the real window over the sample: an action added to the 23rd Plenary shows on
 * the dashboard once past its deadline and leads back to its meeting; a Bureau seat is recorded after a second
 * chair in the same days is refused.
 */
@ExtendWith(ApplicationExtension.class)
class FollowUpWindowTest {

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

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.until(90, condition);
    }

    private static <T> void set(FxRobot robot, String id, T value) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            @SuppressWarnings("unchecked")
            javafx.beans.property.ObjectProperty<T> property = robot.lookup(id).query() instanceof DatePicker picker
                    ? (javafx.beans.property.ObjectProperty<T>) picker.valueProperty()
                    : ((ComboBox<T>) robot.lookup(id).query()).valueProperty();
            property.set(value);
        }).get();
    }

    @Test
    void anOverdueActionOfAMeetingShowsOnTheDashboardAndOpensItsMeeting(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-meetings").tryQuery().isPresent());
        robot.clickOn("#nav-meetings");
        TableView<Meeting> meetings = robot.lookup("#meetings-table").queryTableView();
        waitUntil(() -> meetings.getItems().size() == 21);
        robot.clickOn("T-CY 23");
        waitUntil(() -> robot.lookup("#meeting-detail-title").tryQuery().isPresent()
                && robot.lookup("#meeting-detail-title").queryLabeled().getText().equals("23rd Plenary"));

        FollowUpTour.showFollowUps(robot);
        robot.clickOn("#follow-up-add");
        waitUntil(() -> robot.lookup("#follow-up-editor").tryQuery().isPresent());
        robot.clickOn("#follow-up-save");
        waitUntil(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(Node::isVisible));
        assertThat(robot.lookup("#follow-up-editor").tryQuery()).isPresent();
        robot.clickOn("#follow-up-text").write("Circulate the draft guidance note");
        robot.clickOn("#follow-up-owner").write("Secretariat");
        set(robot, "#follow-up-deadline", TestDatabase.TODAY.minusDays(10));
        robot.clickOn("#follow-up-save");
        javafx.scene.control.ListView<FollowUpAction> actions = robot.lookup("#follow-up-actions").queryListView();
        waitUntil(() -> robot.lookup("#follow-up-editor").tryQuery().isEmpty() && actions.getItems().size() == 1);

        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#dashboard-overdue-actions .hyperlink").tryQuery().isPresent());
        Hyperlink overdue = robot.lookup("#dashboard-overdue-actions .hyperlink").queryAs(Hyperlink.class);
        assertThat(overdue.getText()).isEqualTo("T-CY 23 · 23rd Plenary");
        assertThat(robot.lookup("#dashboard-overdue-actions .label").queryAll().stream()
                .map(node -> ((Label) node).getText())).anyMatch(text -> text.contains(
                        "Circulate the draft guidance note (Secretariat, due 18/11/2026)"));

        robot.clickOn(overdue);
        waitUntil(() -> robot.lookup("#meetings-table").queryTableView().getSelectionModel().getSelectedItem() != null
                && robot.lookup("#meeting-detail-title").queryLabeled().getText().equals("23rd Plenary"));

        FollowUpTour.showFollowUps(robot);
        robot.clickOn("#follow-up-actions .list-cell");
        robot.clickOn("#follow-up-done");
        waitUntil(() -> actions.getItems().size() == 1 && actions.getItems().get(0).status().name().equals("DONE"));
        robot.clickOn("#nav-dashboard");
        waitUntil(() -> robot.lookup("#dashboard-overdue-actions .hyperlink").tryQuery().isEmpty()
                && robot.lookup("#dashboard-overdue-actions .label").tryQuery().isPresent());
    }

    @Test
    void recordsABureauSeatAfterASecondChairInTheSameDaysIsRefused(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#nav-meetings").tryQuery().isPresent());
        robot.clickOn("#nav-meetings");
        waitUntil(() -> robot.lookup("#meetings-table").queryTableView().getItems().size() == 21);
        robot.clickOn("#meeting-bureau");
        waitUntil(() -> robot.lookup("#bureau-history").tryQuery().isPresent());
        TableView<BureauMember> history = robot.lookup("#bureau-history").queryTableView();
        waitUntil(() -> history.getItems().size() == 2);

        robot.clickOn("#bureau-add");
        waitUntil(() -> robot.lookup("#bureau-editor").tryQuery().isPresent());
        set(robot, "#bureau-role", BureauRole.CHAIR);
        robot.clickOn("#bureau-person").write("A. Person");
        WaitForAsyncUtils.asyncFx(() -> {
            SearchableComboBox<Country> country = robot.lookup("#bureau-country").queryAs(SearchableComboBox.class);
            country.setValue(country.getItems().stream().filter(one -> one.code().equals("FR")).findFirst()
                    .orElseThrow());
        }).get();
        set(robot, "#bureau-from", LocalDate.of(2020, 1, 1));
        robot.clickOn("#bureau-save");
        waitUntil(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(node -> node.isVisible()
                && ((Label) node).getText().contains("Cristina Schulman")));

        set(robot, "#bureau-role", BureauRole.VICE_CHAIR);
        robot.clickOn("#bureau-save");
        waitUntil(() -> robot.lookup("#bureau-editor").tryQuery().isEmpty() && history.getItems().size() == 3);
        TableView<BureauMember> composition = robot.lookup("#bureau-composition").queryTableView();
        waitUntil(() -> composition.getItems().size() == 1);
        assertThat(composition.getItems().get(0).details().personName()).isEqualTo("A. Person");
        assertThat(composition.getItems().get(0).details().to()).isNull();

        set(robot, "#bureau-as-of", LocalDate.of(2020, 11, 30));
        waitUntil(() -> composition.getItems().size() == 2);
        assertThat(composition.getItems()).extracting(member -> member.details().personName())
                .containsExactly("Cristina Schulman", "A. Person");
    }
}
