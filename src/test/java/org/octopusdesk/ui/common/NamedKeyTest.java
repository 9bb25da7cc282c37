package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Ctrl+Delete is written in the window's language and still acts as Ctrl+Delete. */
@ExtendWith(ApplicationExtension.class)
class NamedKeyTest {

    private final Locale before = Locale.getDefault();

    @Start
    void start(Stage stage) {
        // The toolkit, which says which modifier is the shortcut on this system, is all this test needs.
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void theKeysNameFollowsTheWindowsLanguage() {
        Locale.setDefault(Locale.FRANCE);
        assertThat(Shortcuts.DELETE.getDisplayText()).endsWith("+Suppr").doesNotContain("Delete");
        assertThat(Shortcuts.describe("Supprimer la contribution", Shortcuts.DELETE))
                .isEqualTo("Supprimer la contribution (" + Shortcuts.DELETE.getDisplayText() + ")");
        Locale.setDefault(Locale.UK);
        assertThat(Shortcuts.DELETE.getDisplayText()).isEqualTo(Shortcuts.ctrl(KeyCode.DELETE).getDisplayText());
    }

    @Test
    void itMatchesCtrlDeleteOnlyAndEqualsItself() {
        boolean mac = Shortcuts.ctrl(KeyCode.A).getDisplayText().contains("\u2318");
        assertThat(Shortcuts.DELETE.match(press(KeyCode.DELETE, !mac, mac))).isTrue();
        assertThat(Shortcuts.DELETE.match(press(KeyCode.DELETE, false, false))).as("Delete alone").isFalse();
        assertThat(Shortcuts.DELETE.match(press(KeyCode.BACK_SPACE, !mac, mac))).isFalse();
        assertThat(new NamedKey(KeyCode.DELETE, "key.delete")).isEqualTo(Shortcuts.DELETE)
                .hasSameHashCodeAs(Shortcuts.DELETE).isNotEqualTo(new NamedKey(KeyCode.INSERT, "key.delete"));
    }

    private static KeyEvent press(KeyCode code, boolean control, boolean meta) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, control, false, meta);
    }
}
