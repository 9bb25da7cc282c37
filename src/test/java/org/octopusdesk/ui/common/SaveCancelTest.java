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

/**
 * In a form, Enter saves from a check box as from a field, and Space ticks the box; closing it without saving asks
 * first when something was typed.
 */
@ExtendWith(ApplicationExtension.class)
class SaveCancelTest {

    private final AtomicInteger saves = new AtomicInteger();
    private CheckBox funded;
    private TextField name;
    private Stage window;
    private Dialog<String> dialog;

    @Start
    void start(Stage stage) {
        window = stage;
        funded = new CheckBox("Travel paid by the project");
        stage.setScene(new javafx.scene.Scene(new VBox(), 300, 200));
        dialog = new Dialog<>();
        dialog.initOwner(stage);
        name = new TextField();
        dialog.getDialogPane().setContent(new VBox(8, name, funded));
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

    @Test
    void escapeAsksBeforeLosingWhatWasTypedAndEnterKeepsTheForm(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(name::requestFocus).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, name::isFocused);
        // Clicked into, then typed: the form compares what its fields hold with what they held before.
        robot.clickOn(name);
        WaitForAsyncUtils.asyncFx(() -> name.setText("Ana Lee")).get();

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Keep editing").tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Keep editing").tryQuery().isEmpty());
        assertThat(dialog.isShowing()).as("kept").isTrue();
        assertThat(name.getText()).isEqualTo("Ana Lee");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Discard").tryQuery().isPresent());
        robot.clickOn("Discard");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(saves).hasValue(0);
    }

    @Test
    void escapeClosesAFormLeftAsItOpenedWithoutAQuestion(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(name::requestFocus).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, name::isFocused);

        robot.type(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(robot.lookup("Discard").tryQuery()).isEmpty();
    }

    @Test
    void aFormClosedWithItsWindowByTheApplicationAsksNobody(FxRobot robot) throws Exception {
        robot.clickOn(name);
        WaitForAsyncUtils.asyncFx(() -> name.setText("Ana Lee")).get();

        // As when the application quits: its window hides, and the forms it owns close with it. Not waited for: a
        // question would hold the hiding open, and the wait below fail on it.
        WaitForAsyncUtils.asyncFx(window::hide);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                .anyMatch(javafx.stage.Window::isShowing)).get()).as("no question left open").isFalse();
    }
}
