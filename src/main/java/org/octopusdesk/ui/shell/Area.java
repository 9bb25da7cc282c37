package org.octopusdesk.ui.shell;

import javafx.scene.input.KeyCode;
import org.octopusdesk.ui.common.Icons;

/** The areas of the window, in the order of the sidebar; only areas that work are listed. */
public enum Area {
    DASHBOARD("area.dashboard", Icons.DASHBOARD, KeyCode.DIGIT1),
    PROJECTS("area.projects", Icons.PROJECTS, KeyCode.DIGIT2),
    TIMELINE("area.timeline", Icons.TIMELINE, KeyCode.DIGIT3),
    DONORS("area.donors", Icons.DONORS, KeyCode.DIGIT4),
    CONTRIBUTIONS("area.contributions", Icons.CONTRIBUTIONS, KeyCode.DIGIT5),
    RATES("area.rates", Icons.RATES, KeyCode.DIGIT6);

    private final String messageKey;
    private final String icon;
    private final KeyCode shortcutKey;

    Area(String messageKey, String icon, KeyCode shortcutKey) {
        this.messageKey = messageKey;
        this.icon = icon;
        this.shortcutKey = shortcutKey;
    }

    public String messageKey() {
        return messageKey;
    }

    public String icon() {
        return icon;
    }

    public KeyCode shortcutKey() {
        return shortcutKey;
    }
}
