package org.octopusdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes whose content is drawn straight into the window. JavaFX's scroll pane keeps its view port as a
 * cached image: whenever anything in the content changes, the renderer draws the whole view port into that image,
 * then the image into the window. Without a graphics card (the software renderer) that doubled the renderer's work
 * on the dashboard while its parts came in, one frame after another (decision 0054).
 */
public final class ScrollPanes {

    private ScrollPanes() {
    }

    /** A scroll pane of {@code content} whose view port is not cached. */
    public static ScrollPane uncached(Node content) {
        ScrollPane pane = new ScrollPane(content);
        pane.skinProperty().addListener((observable, old, skin) -> {
            if (skin != null) {
                Node viewport = pane.lookup(".viewport");
                if (viewport != null) {
                    viewport.setCache(false);
                }
            }
        });
        return pane;
    }
}
