package org.octopusdesk.ui.common;

import java.util.Locale;
import java.util.Objects;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.octopusdesk.i18n.Messages;

/**
 * A key with Ctrl (Cmd on macOS) whose name the menus and tooltips write in the window's language, "Ctrl+Suppr" in
 * French, where JavaFX writes every key's English name ("Ctrl+Delete"). The name follows the default locale, which
 * the window sets to its language as it does for the date pickers' calendars. It matches and compares as the one
 * key combination it stands for, so the scene's accelerators and the menus' check for keys given twice are as before.
 */
final class NamedKey extends KeyCombination {

    private final KeyCodeCombination key;
    /** The message naming the key: {@code key.delete}, "Delete" and "Suppr". */
    private final String nameKey;

    NamedKey(KeyCode code, String nameKey) {
        super(KeyCombination.SHORTCUT_DOWN);
        this.key = new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
        this.nameKey = nameKey;
    }

    @Override
    public boolean match(KeyEvent event) {
        return key.match(event);
    }

    /** The modifiers as JavaFX writes them on this system ("Ctrl+"), then the key's name in the window's language. */
    @Override
    public String getDisplayText() {
        return super.getDisplayText() + Messages.forLanguage(Locale.getDefault().getLanguage()).text(nameKey);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NamedKey named && named.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(NamedKey.class, key);
    }

    @Override
    public String toString() {
        return key.toString();
    }
}
