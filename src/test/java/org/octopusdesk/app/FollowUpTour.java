package org.octopusdesk.app;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The screenshot tour's part for follow-up actions and the Bureau: an action of the 23rd Plenary on its page and in
 * its form, the list across meetings, the Bureau with a refused second chair, and the dashboard's meetings.
 */
final class FollowUpTour {

    /** Saves a scene under a name, as the tour does. */
    interface Shot {
        void save(Scene scene, String name) throws Exception;
    }

    private FollowUpTour() {
    }

    /** Runs on the Meetings area with the 23rd Plenary selected; ends on the dashboard. */
    static void run(FxRobot robot, Stage stage, String language, Shot shot) throws Exception {
        showFollowUps(robot);
        robot.clickOn("#follow-up-add");
        waitFor(() -> robot.lookup("#follow-up-editor").tryQuery().isPresent());
        robot.clickOn("#follow-up-text").write("Circulate the draft Second Additional Protocol to the Parties");
        robot.clickOn("#follow-up-owner").write("Secretariat");
        setDate(robot, "#follow-up-deadline", LocalDate.of(2021, 1, 15));
        shot.save(robot.lookup("#follow-up-editor").query().getScene(), language + "-12f-follow-up-editor");
        robot.clickOn("#follow-up-save");
        waitFor(() -> robot.lookup("#follow-up-editor").tryQuery().isEmpty()
                && robot.lookup("#follow-up-actions").queryListView().getItems().size() == 1);
        showFollowUps(robot);
        shot.save(stage.getScene(), language + "-12g-meeting-follow-ups");

        robot.clickOn("#meeting-follow-ups");
        waitFor(() -> robot.lookup("#follow-up-list").tryQuery().isPresent()
                && robot.lookup("#follow-up-list").queryTableView().getItems().size() == 1);
        shot.save(robot.lookup("#follow-up-list-dialog").query().getScene(), language + "-12h-follow-up-list");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#follow-up-list-dialog").tryQuery().isEmpty());

        robot.clickOn("#meeting-bureau");
        waitFor(() -> robot.lookup("#bureau-history").tryQuery().isPresent()
                && robot.lookup("#bureau-history").queryTableView().getItems().size() == 2);
        setDate(robot, "#bureau-as-of", LocalDate.of(2020, 11, 30));
        waitFor(() -> robot.lookup("#bureau-composition").queryTableView().getItems().size() == 1);
        shot.save(robot.lookup("#bureau-dialog").query().getScene(), language + "-12i-bureau");
        robot.clickOn("#bureau-add");
        waitFor(() -> robot.lookup("#bureau-editor").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#bureau-role").queryComboBox()
                .getSelectionModel().select(0)).get();
        robot.clickOn("#bureau-person").write("A. Person");
        WaitForAsyncUtils.asyncFx(() -> {
            org.controlsfx.control.SearchableComboBox<org.octopusdesk.domain.country.Country> country =
                    robot.lookup("#bureau-country").queryAs(org.controlsfx.control.SearchableComboBox.class);
            country.setValue(country.getItems().stream().filter(one -> one.code().equals("FR")).findFirst()
                    .orElseThrow());
        }).get();
        setDate(robot, "#bureau-from", LocalDate.of(2020, 1, 1));
        robot.clickOn("#bureau-save");
        waitFor(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        shot.save(robot.lookup("#bureau-editor").query().getScene(), language + "-12j-bureau-editor-refused");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#bureau-editor").tryQuery().isEmpty());
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#bureau-dialog").tryQuery().isEmpty());

        robot.clickOn("#nav-dashboard");
        waitFor(() -> robot.lookup("#dashboard-overdue-actions .hyperlink").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> ((ScrollPane) robot.lookup("#dashboard-view").query()).setVvalue(0)).get();
        shot.save(stage.getScene(), language + "-12k-dashboard-meetings");
    }

    /** The follow-up section is below the agenda: the page is scrolled to it, as a person would. */
    static void showFollowUps(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            ScrollPane page = robot.lookup("#meeting-page").query();
            javafx.scene.Node section = robot.lookup("#follow-up-pane").query();
            double top = page.getContent().sceneToLocal(section.localToScene(0, 0)).getY() - 20;
            double room = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, top / room)));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void setDate(FxRobot robot, String id, LocalDate date) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(DatePicker.class).setValue(date)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
