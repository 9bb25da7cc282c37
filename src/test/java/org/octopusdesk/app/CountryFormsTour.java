package org.octopusdesk.app;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DatePicker;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The screenshot tour's part for a country page's forms: a treaty line refused beside its field, a T-CY status. */
final class CountryFormsTour {

    private CountryFormsTour() {
    }

    /** Runs on a country's page in the Countries area and leaves it as it was. */
    static void run(FxRobot robot, String language, FollowUpTour.Shot shot) throws Exception {
        robot.clickOn("#country-page-edit-treaty");
        waitFor(() -> robot.lookup("#treaty-editor").tryQuery().isPresent());
        setDate(robot, "#treaty-signature", LocalDate.of(2024, 3, 1));
        setDate(robot, "#treaty-deposit", LocalDate.of(2024, 2, 1));
        robot.clickOn("#treaty-save");
        waitFor(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        shot.save(robot.lookup("#treaty-editor").query().getScene(), language + "-32b-treaty-line-refused");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#treaty-editor").tryQuery().isEmpty());

        robot.clickOn("#country-page-record-status");
        waitFor(() -> robot.lookup("#tcy-status-editor").tryQuery().isPresent());
        setDate(robot, "#tcy-status-from", LocalDate.of(2021, 5, 28));
        shot.save(robot.lookup("#tcy-status-editor").query().getScene(), language + "-32c-tcy-status-form");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#tcy-status-editor").tryQuery().isEmpty());
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
