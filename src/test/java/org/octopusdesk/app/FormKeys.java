package org.octopusdesk.app;

import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Keys the window tests press as a person would, with what the application asks back. */
final class FormKeys {

    private FormKeys() {
    }

    /**
     * Escape: closes a menu, a popup or a form. A form with something typed in it asks before losing it; the tours
     * that fill a form only to look at it then discard it.
     */
    static void escape(FxRobot robot) {
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#dialog-confirm").tryQuery().ifPresent(discard -> {
            robot.clickOn(discard);
            WaitForAsyncUtils.waitForFxEvents();
        });
    }
}
