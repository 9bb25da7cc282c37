package org.octopusdesk.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;

/**
 * A form opens with the cursor in its first field, ready to type, not on Save: Enter on a form just opened would
 * otherwise save it untouched.
 */
public final class FirstField {

    private FirstField() {
    }

    /** Focuses the first field of the dialog's content each time it is shown. */
    public static void focusWhenShown(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event ->
                // After the dialog's own focus on its default button, which happens while it shows.
                Platform.runLater(() -> of(dialog.getDialogPane().getContent()).ifPresent(Node::requestFocus)));
    }

    /** The first control, in the order of the scene graph, that takes the focus. */
    public static Optional<Node> of(Node root) {
        if (root == null || !root.isVisible() || root.isDisabled()) {
            return Optional.empty();
        }
        if (root instanceof Control control && !(root instanceof ScrollPane) && !(root instanceof Label)
                && control.isFocusTraversable()) {
            return Optional.of(root);
        }
        if (root instanceof ScrollPane scroll) {
            return of(scroll.getContent());
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = of(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }
}
