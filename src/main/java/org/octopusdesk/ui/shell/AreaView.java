package org.octopusdesk.ui.shell;

import javafx.scene.Node;

/** What the window needs of an area's view: something to show, and a way to read its data again. */
public interface AreaView {

    Node root();

    /** Reads the area's data again: each time the area is shown, and on View › Refresh (F5). */
    void reload();
}
