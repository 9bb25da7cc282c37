package org.octopusdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/**
 * Scroll panes whose content is drawn straight into the window, for content that comes in over several frames.
 * JavaFX's scroll pane keeps its view port as a cached image: whenever anything in the content changes, the renderer
 * draws the whole view port into that image, then the image into the window, where otherwise it would draw only what
 * changed. Without a graphics card (the software renderer) more than half the renderer's work in the dashboard's
 * first two seconds went into that image while its parts came in, one frame after another, and the timeline's
 * chart cost the same again on its first show (decision 0054).
 *
 * <p>The other scroll panes keep the cache: a detail pane's content stays put while the table beside it grows a
 * band a frame, and the cached image then spares drawing it again each time. Tours with every pane uncached had
 * the projects' and meetings' first shows longer by 15-20 ms.
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
