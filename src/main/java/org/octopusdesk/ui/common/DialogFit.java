package org.octopusdesk.ui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * Keeps a dialog's buttons in view whatever the length of its messages: the form lies in a scroll pane, and the
 * window grows with the form (a conversion line of four lines, messages beside the fields) up to the screen's
 * height; beyond that the form scrolls and the buttons stay where they are.
 */
public final class DialogFit {

    /** Below this, a difference of height is rounding, not a hidden line. */
    private static final double ROUNDING = 0.5;
    /** The most a window's frame (its title bar and borders) is taken to add to its scene's height. */
    private static final double MOST_FRAME = 100;

    private DialogFit() {
    }

    /** Applies to {@code dialog}, whose content is set; the content may already be a scroll pane. */
    public static void keepButtonsInView(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        Node content = pane.getContent();
        ScrollPane scroll;
        if (content instanceof ScrollPane existing) {
            scroll = existing;
        } else {
            scroll = new ScrollPane(content);
            scroll.setFitToWidth(true);
            scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            scroll.getStyleClass().add("dialog-form");
            pane.setContent(scroll);
        }
        if (scroll.getContent() instanceof Region form) {
            form.heightProperty().addListener((observable, old, height) -> grow(dialog, scroll, form));
            // Shown, the window is not sized yet: it is once the events of the showing are handled.
            // A handler beside the dialog's own onShown (which a dialog may set for its shortcuts), not in its place.
            dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN,
                    event -> javafx.application.Platform.runLater(() -> grow(dialog, scroll, form)));
        }
    }

    /**
     * Grows the window by what the form hides, within the screen. It grows upwards, its bottom edge staying where it
     * is, so that the buttons along it do not move under the pointer; downwards only when the screen's top is reached.
     *
     * <p>The height wanted is the dialog's own preferred height, never less than the window's: on Linux the window's
     * height is, for a moment after it shows, not yet its real one (139 px was seen), and growing from that locked
     * the dialog at a strip with its first field. For the same reason, a window that is smaller than its dialog
     * wants keeps its top rather than its bottom, which is not yet where it will be.
     */
    private static void grow(Dialog<?> dialog, ScrollPane scroll, Region form) {
        javafx.scene.Scene scene = dialog.getDialogPane().getScene();
        Window window = scene == null ? null : scene.getWindow();
        if (window == null || !window.isShowing() || Double.isNaN(window.getHeight())) {
            return;
        }
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        double frame = Math.max(0, Math.min(MOST_FRAME, window.getHeight() - scene.getHeight()));
        double wanted = frame + dialog.getDialogPane().prefHeight(scene.getWidth());
        double hidden = form.getHeight() - scroll.getViewportBounds().getHeight();
        double height = Math.min(Math.max(wanted, window.getHeight() + Math.max(0, hidden)), screen.getHeight());
        boolean settled = window.getHeight() >= wanted - ROUNDING;
        if (height <= window.getHeight() + ROUNDING && window.getY() + window.getHeight() <= screen.getMaxY()) {
            return;
        }
        double top = settled
                ? Math.min(window.getY() + window.getHeight(), screen.getMaxY()) - height
                : Math.min(window.getY(), screen.getMaxY() - height);
        // The width too, unchanged: on Linux (GTK) a window given only a new height is asked for a width of 0, which
        // GTK refuses, so the height went back while the window had moved up, and the form's end stayed hidden.
        window.setWidth(window.getWidth());
        window.setHeight(height);
        window.setY(Math.max(screen.getMinY(), top));
    }
}
