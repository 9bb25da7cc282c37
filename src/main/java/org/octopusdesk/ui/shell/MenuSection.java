package org.octopusdesk.ui.shell;

/**
 * Where an area's menu entry goes. A menu shows its sections in this order, separated by lines, and within a
 * section the entries in the order of the areas.
 */
public enum MenuSection {
    /** File: creating a record (New project…). */
    FILE_NEW,
    /** File: bringing data in or sending it out (Import ECB rates…). */
    FILE_IMPORT_EXPORT,
    /**
     * Edit: acting on the record selected in the area. From another area the entry only shows the area, since
     * the person has not seen what is selected there.
     */
    EDIT_SELECTION,
    /** Edit: finding something in the area. */
    EDIT_FIND;

    boolean actsOnSelection() {
        return this == EDIT_SELECTION;
    }
}
