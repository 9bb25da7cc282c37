package org.octopusdesk.ui.shell;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a small sample of the screens' looks once, off screen, while the start-up screen shows: what the renderer
 * does only the first time in a process then happens there, not in the main screen's first frame (decision 0054).
 *
 * <p>That first frame cost the renderer 45-65 ms of its own, and the FX thread waits for it before its next frame:
 * <ul>
 * <li>a region whose background has two layers (a border drawn as a fill under the face, as the theme's controls
 * are) makes the renderer allocate its cache of such backgrounds, an 8 MB image (about 24 ms);</li>
 * <li>the first rounded shape sets up the shape rasteriser, its tables and its per-thread state;</li>
 * <li>the first shadow (the keyboard focus's ring) sets up the effects' software code;</li>
 * <li>each size and weight of the font rasterises its glyphs on first use.</li>
 * </ul>
 * The renderer keeps all of these for the whole process and every window, and an off-screen drawing (a snapshot)
 * goes through the same renderer and caches. The FX thread waits for it here instead, for about a tenth of a second
 * while the start-up screen's spinner turns.
 */
public final class RendererWarmUp {

    private static final Logger LOG = LoggerFactory.getLogger(RendererWarmUp.class);
    /** Style classes whose fonts the main screen's first frame uses: the titles and the muted captions. */
    private static final List<String> TEXT_STYLES = List.of("title-1", "title-2", "title-3", "title-4",
            "text-muted", "text-bold");
    private static boolean done;

    private RendererWarmUp() {
    }

    /**
     * Draws the sample, with the window's {@code stylesheets}, the first time in the process; later calls do
     * nothing. FX thread only. A failure is logged: it costs only the time it would have saved.
     */
    public static void once(List<String> stylesheets) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("The renderer's warm-up draws on the FX thread");
        }
        if (done) {
            return;
        }
        done = true;
        long start = System.nanoTime();
        try {
            Scene scene = new Scene(sample(), 360, 240);
            scene.getStylesheets().setAll(stylesheets);
            scene.snapshot(null);
            LOG.debug("The renderer warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("The renderer's warm-up failed", e);
        }
    }

    /** A two-layer rounded background with the focus ring's shadow, and a line of text in each of the fonts. */
    static VBox sample() {
        Region framed = new Region();
        framed.setId("renderer-warm-up-frame");
        // Plain colours, not the theme's names for them: the sample draws the same with or without the theme.
        framed.setStyle("-fx-background-color: #d0d7de, #ffffff; -fx-background-insets: 0, 1; "
                + "-fx-background-radius: 6, 5; -fx-effect: dropshadow(three-pass-box, #0969da, 4, 0.9, 0, 0);");
        framed.setPrefSize(120, 32);
        framed.setMaxSize(120, 32);
        VBox sample = new VBox(4, framed);
        for (String style : TEXT_STYLES) {
            Label line = new Label("Octopus Desk 0123456789 – €");
            line.getStyleClass().add(style);
            sample.getChildren().add(line);
        }
        sample.getChildren().add(new Label("Octopus Desk 0123456789 – €"));
        return sample;
    }
}
