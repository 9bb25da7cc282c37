package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.octopusdesk.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In a form, Enter saves from a check box as from a field, and Space ticks the box. */
@ExtendWith(ApplicationExtension.class)
class SaveCancelTest {

    private final AtomicInteger saves = new AtomicInteger();
    private CheckBox funded;
    private Dialog<String> dialog;

    @Start
    void start(Stage stage) {
        funded = new CheckBox("Travel paid by the project");
        stage.setScene(new javafx.scene.Scene(new VBox(), 300, 200));
        dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.getDialogPane().setContent(new VBox(8, new TextField(), funded));
        SaveCancel.install(dialog, Messages.forLanguage("en"), "Save", "form-save", null, saved -> {
            saves.incrementAndGet();
            saved.accept("saved");
        });
        stage.show();
        dialog.show();
    }

    @Test
    void spaceTicksTheBoxAndEnterSavesWithTheTickKept(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(funded::requestFocus).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, funded::isFocused);

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, funded::isSelected);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());

        assertThat(funded.isSelected()).as("still ticked").isTrue();
        assertThat(saves).hasValue(1);
        assertThat(dialog.getResult()).isEqualTo("saved");
    }
}
