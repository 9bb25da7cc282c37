package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A field worked in checks itself when the focus moves on within its form, not when the focus leaves for the form's
 * Cancel. Nor when another window takes the focus (the question Escape asks), which Monocle's windows, whose focus
 * does not move, cannot show here: that one was seen under Xvfb (decision 0058).
 */
@ExtendWith(ApplicationExtension.class)
class CheckWhenLeftTest {

    private final AtomicInteger checks = new AtomicInteger();
    private TextField field;
    private Button cancel;

    @Start
    void start(Stage stage) {
        field = new TextField();
        TextField next = new TextField();
        cancel = new Button("Cancel");
        field.setId("checked");
        next.setId("next");
        cancel.setCancelButton(true);
        Forms.checkWhenLeft(field, checks::incrementAndGet);
        stage.setScene(new Scene(new VBox(field, next, cancel), 300, 200));
        stage.show();
    }

    @Test
    void checksWhenTheFocusMovesOnInTheFormNotForCancel(FxRobot robot) throws Exception {
        robot.clickOn("#checked").write("x");

        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(checks).as("the focus went to Cancel").hasValue(0);

        robot.clickOn("#checked").type(KeyCode.A).clickOn("#next");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(checks).as("the focus moved on in the form").hasValue(1);
    }
}
