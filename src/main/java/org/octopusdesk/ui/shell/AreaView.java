package org.octopusdesk.ui.shell;

import java.util.Optional;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

/**
 * What the window needs of an area's view: something to show, a way to read its data again, and its divider, if it
 * has one.
 */
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

    /**
     * The pane divided between the area's list and its detail, whose divider the window puts back where a person
     * left it (decision 0045); none for an area not divided.
     */
    default Optional<SplitPane> divided() {
        return Optional.empty();
    }
}
