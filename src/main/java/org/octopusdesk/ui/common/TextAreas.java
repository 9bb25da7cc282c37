package org.octopusdesk.ui.common;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Text areas that behave like the other fields of a form: Tab moves on to the next field and Shift+Tab back, instead
 * of typing a tab into the notes (nobody types a tab into a note, and Ctrl+Tab is nobody's habit).
 */
public final class TextAreas {

    private TextAreas() {
    }

    /** Makes Tab and Shift+Tab leave the area; returns it, for building in one expression. */
    public static TextArea tabMovesFocus(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && !event.isMetaDown()) {
                event.consume();
                // The text area's own key for leaving it is Ctrl+Tab: ask it for that, so the focus follows the
                // form's order (and skips what is disabled) exactly as Tab does in every other field.
                area.fireEvent(new KeyEvent(event.getSource(), area, KeyEvent.KEY_PRESSED, event.getCharacter(),
                        event.getText(), KeyCode.TAB, event.isShiftDown(), true, false, false));
            }
        });
        return area;
    }
}
