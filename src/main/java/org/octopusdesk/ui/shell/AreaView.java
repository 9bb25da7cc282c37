package org.octopusdesk.ui.shell;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;

/** What the window needs of an area's view: something to show, and a way to read its data again. */
public interface AreaView {

    Node root();

    /** Reads the area's data again: each time the area is shown, and on View › Refresh (F5). */
    void reload();

    /**
     * True while the area has no record selected for Edit and Delete to act on: the menu disables them, as the
     * area's own buttons are. An area without a list of records never has one to miss.
     */
    default BooleanExpression nothingSelected() {
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }
}
