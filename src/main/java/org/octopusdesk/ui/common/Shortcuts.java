package org.octopusdesk.ui.common;

import javafx.scene.control.ButtonBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The keys of the actions every area may have (New, Edit, Delete, Import, Find act on the area in view), and the
 * way a toolbar button names its key in its tooltip, so the menus and the buttons teach the same keys.
 */
public final class Shortcuts {

    public static final KeyCombination NEW = ctrl(KeyCode.N);
    public static final KeyCombination EDIT = ctrl(KeyCode.E);
    /**
     * With Ctrl: the Delete key alone belongs to the text being typed, and to the lists it deletes from. Its name is
     * the window's language's ("Ctrl+Suppr").
     */
    public static final KeyCombination DELETE = new NamedKey(KeyCode.DELETE, "key.delete");
    public static final KeyCombination IMPORT = ctrl(KeyCode.I);
    public static final KeyCombination FIND = ctrl(KeyCode.F);

    private Shortcuts() {
    }

    /** Ctrl (Cmd on macOS) and the key. */
    public static KeyCombination ctrl(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** "New pledge (Ctrl+N)": the text, then the key as this system writes it. */
    public static String describe(String text, KeyCombination shortcut) {
        return shortcut == null ? text : text + " (" + shortcut.getDisplayText() + ")";
    }

    /** Gives the button a tooltip that says what it does and its key, made when the pointer first comes. */
    public static <B extends ButtonBase> B tooltip(B button, String text, KeyCombination shortcut) {
        return HoverTooltips.explain(button, describe(text, shortcut));
    }
}
