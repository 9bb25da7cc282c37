package org.octopusdesk.ui.shell;

import javafx.scene.input.KeyCombination;
import org.octopusdesk.ui.common.Shortcuts;

/**
 * Where an area's menu entry goes. A menu shows its sections in this order, separated by lines, and within a
 * section the entries in the order of the areas.
 *
 * <p>The sections with a key of their own ({@link #NEW}, {@link #IMPORT}, {@link #EDIT}, {@link #DELETE},
 * {@link #FIND}) are the actions every area may have: each is one menu item that names and runs the entry of the
 * area in view ("New pledge…" in Contributions, "New donor…" in Donors) and is disabled in an area without one. So
 * Ctrl+N makes what the person is looking at, and two areas never compete for a key.
 */
public enum MenuSection {
    /** File: creating a record of the area in view (Ctrl+N). */
    NEW(Shortcuts.NEW, "menu.area.new"),
    /** File: creating a record of a given area, whichever is in view. */
    FILE_NEW,
    /** File: bringing data into the area in view (Ctrl+I). */
    IMPORT(Shortcuts.IMPORT, "menu.area.import"),
    /** File: bringing data in or sending it out (Export contributions…). */
    FILE_IMPORT_EXPORT,
    /** Edit: opening the record selected in the area in view (Ctrl+E). */
    EDIT(Shortcuts.EDIT, "menu.area.edit"),
    /** Edit: deleting the record selected in the area in view (Ctrl+Delete). */
    DELETE(Shortcuts.DELETE, "menu.area.delete"),
    /**
     * Edit: acting on the record selected in the area. From another area the entry only shows the area, since
     * the person has not seen what is selected there.
     */
    EDIT_SELECTION,
    /** Edit: finding something in the area in view (Ctrl+F). */
    FIND(Shortcuts.FIND, "menu.area.find"),
    /** Edit: finding something in a given area. */
    EDIT_FIND;

    private final KeyCombination shortcut;
    private final String genericTextKey;

    MenuSection() {
        this(null, null);
    }

    MenuSection(KeyCombination shortcut, String genericTextKey) {
        this.shortcut = shortcut;
        this.genericTextKey = genericTextKey;
    }

    boolean actsOnSelection() {
        return this == EDIT_SELECTION;
    }

    /** True for Edit and Delete, which need a record selected in the area in view. */
    boolean actsOnSelectedRecord() {
        return this == EDIT || this == DELETE;
    }

    /** True for the sections whose one item follows the area in view. */
    boolean followsAreaInView() {
        return shortcut != null;
    }

    /** The key of a section that follows the area in view; {@code null} for the others. */
    KeyCombination shortcut() {
        return shortcut;
    }

    /** The item's text ("New…") in an area that has no entry in this section. */
    String genericTextKey() {
        return genericTextKey;
    }
}
