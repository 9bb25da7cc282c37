package org.octopusdesk.ui.common;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.octopusdesk.i18n.Messages;

/**
 * The buttons of every form dialog: Save runs the view-model's save and closes the dialog only once it has saved,
 * so a refused or failed save keeps everything typed; Cancel closes without a result, except while a save runs.
 * Whatever the length of the form's messages, the buttons stay in view ({@link DialogFit}): install them once the
 * dialog's content is set.
 */
public final class SaveCancel {

    private SaveCancel() {
    }

    /**
     * @param save starts the save and calls the given consumer with the saved record when it succeeds
     * @param saving true while a save runs, to disable both buttons and keep the dialog open; {@code null} when saves
     *     are instant
     * @return the Save button, for an id or a shortcut
     */
    public static <T> Button install(Dialog<T> dialog, Messages messages, String saveLabel, String saveId,
            ObservableBooleanValue saving, Consumer<Consumer<T>> save) {
        ButtonType saveType = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId(saveId);
        // Each button as wide as its words: made as wide as "Enregistrer le versement", "Annuler" looked stretched.
        dialog.getDialogPane().getButtonTypes().forEach(type -> ButtonBar.setButtonUniformSize(
                dialog.getDialogPane().lookupButton(type), false));
        if (saving != null) {
            BooleanBinding busy = Bindings.createBooleanBinding(saving::get, saving);
            saveButton.disableProperty().bind(busy);
            dialog.getDialogPane().lookupButton(cancel).disableProperty().bind(busy);
        }
        FormChanges changes = new FormChanges(dialog.getDialogPane());
        dialog.setOnCloseRequest(event -> {
            // A save already sent lands whatever the person does: Cancel, Escape or the window's close button would
            // only hide the form while it is saved. They wait for the answer instead; the form then closes itself
            // (saved) or stays open with its messages (refused).
            if (saving != null && saving.get()) {
                event.consume();
            } else if (dialog.getResult() == null && ownerShowing(dialog) && changes.changed()
                    && !discardAgreed(dialog, messages)) {
                event.consume();
            }
        });
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.accept(saved -> {
                dialog.setResult(saved);
                dialog.close();
            });
        });
        saveFromCheckBoxes(dialog, saveButton);
        dialog.setResultConverter(button -> null);
        // Messages make the form taller, a long conversion line too: the buttons stay in view.
        DialogFit.keepButtonsInView(dialog);
        FirstField.focusWhenShown(dialog);
        return saveButton;
    }

    /**
     * Whether the form closes within a window still open: a person closed it. When the application itself closes its
     * window (it quits, or restores a backup), the forms it owns go with it and nobody is there to answer.
     */
    private static boolean ownerShowing(Dialog<?> dialog) {
        return dialog.getOwner() == null || dialog.getOwner().isShowing();
    }

    /**
     * Asks before a form closes without saving what was typed in it (Cancel, Escape, the window's close button); the
     * answer that keeps it is the one Enter gives.
     */
    private static boolean discardAgreed(Dialog<?> dialog, Messages messages) {
        return new FxDialogService(messages, () -> dialog.getDialogPane().getScene().getWindow()).confirm(
                dialog.getTitle(), messages.text("form.discard.question"), messages.text("form.discard"),
                messages.text("form.keepEditing"));
    }

    /**
     * Enter on a check box saves, as it does from a field, and Space ticks the box: JavaFX lets Enter tick it, so a
     * person going through a form by keyboard unticked the box they had just ticked and stayed in the form.
     */
    private static void saveFromCheckBoxes(Dialog<?> dialog, Button saveButton) {
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.getTarget() instanceof CheckBox) {
                event.consume();
                saveButton.fire();
            }
        });
    }
}
