package org.octopusdesk.ui.shell;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.input.KeyCode;

/**
 * An item an area adds to the File or Edit menu. Choosing it shows the area (with fresh data), then runs the action
 * on the area's view; see {@link MenuSection#EDIT_SELECTION} for one exception, and {@link MenuSection} for the
 * sections whose item follows the area in view.
 *
 * @param section where the item goes
 * @param textKey its text in the bundles; its id is the key with dashes for dots
 * @param icon its icon, one of {@code Icons}, or {@code null}
 * @param shortcutKey the key that runs it together with Ctrl (Cmd on macOS), or {@code null}; a section that
 *     follows the area in view has its own key, so its entries give none
 * @param action what it does on the area's view
 * @param permission what the session's role needs for it, or {@code null}: without it the item is disabled, and
 *     its key with it (decision 0034)
 * @param <V> the area's view
 */
public record MenuEntry<V>(MenuSection section, String textKey, String icon, KeyCode shortcutKey,
        Consumer<V> action, org.octopusdesk.domain.people.Permission permission) {

    public MenuEntry(MenuSection section, String textKey, String icon, KeyCode shortcutKey, Consumer<V> action) {
        this(section, textKey, icon, shortcutKey, action, null);
    }

    public MenuEntry {
        Objects.requireNonNull(section);
        Objects.requireNonNull(textKey);
        Objects.requireNonNull(action);
        if (section.followsAreaInView() && shortcutKey != null) {
            throw new IllegalArgumentException(section + " has its own key: " + textKey + " cannot take "
                    + shortcutKey);
        }
    }

    /** An entry of a section that follows the area in view, which brings its own key. */
    public static <V> MenuEntry<V> of(MenuSection section, String textKey, String icon, Consumer<V> action) {
        return new MenuEntry<>(section, textKey, icon, null, action);
    }

    /** This entry, for a role that has {@code needed} only. */
    public MenuEntry<V> needs(org.octopusdesk.domain.people.Permission needed) {
        return new MenuEntry<>(section, textKey, icon, shortcutKey, action, needed);
    }
}
