package org.octopusdesk.ui.common;

import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import org.octopusdesk.i18n.Messages;

/**
 * The buttons of every form dialog: Save runs the view-model's save and closes the dialog only once it has saved,
 * so a refused or failed save keeps everything typed; Cancel closes without a result.
 */
public final class SaveCancel {

    private SaveCancel() {
    }

    /**
     * @param save starts the save and calls the given consumer with the saved record when it succeeds
     * @param saving true while a save runs, to disable the button; {@code null} when saves are instant
     * @return the Save button, for an id or a shortcut
     */
    public static <T> Button install(Dialog<T> dialog, Messages messages, String saveLabel, String saveId,
            ObservableBooleanValue saving, Consumer<Consumer<T>> save) {
        ButtonType saveType = new ButtonType(saveLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(saveType, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId(saveId);
        if (saving != null) {
            saveButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(saving::get, saving));
        }
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            save.accept(saved -> {
                dialog.setResult(saved);
                dialog.close();
            });
            // Messages beside the fields make the form taller: grow the dialog so its buttons stay in view.
            javafx.application.Platform.runLater(() -> {
                if (dialog.isShowing()) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            });
        });
        dialog.setResultConverter(button -> null);
        return saveButton;
    }
}
