package org.octopusdesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import javafx.application.Platform;

/**
 * Starts JavaFX's toolkit on a thread of its own as soon as the launcher knows the window will open, so that the
 * toolkit (the display, the native libraries, the FX thread) gets ready while the main thread reads the command
 * line and the settings, instead of after them (decision 0033, 2 December 2026). The window then runs its start on
 * the FX thread through {@link #runWhenStarted}, which starts the toolkit itself when nobody began it earlier (the
 * commands' way, the tests'). A failure to start (no display, no GTK 3) is thrown from there, as
 * {@link Platform#startup} would throw it, so it is reported the same way.
 */
final class ToolkitStart {

    /**
     * JavaFX warns on every start that it runs from the class path, which is supported and how the jar runs.
     * Held in a field: java.util.logging forgets the level of a logger nobody references.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private static CompletableFuture<Void> started;

    private ToolkitStart() {
    }

    /** Begins starting the toolkit now, on the thread {@code octopus-desk-fx-start}; returns at once. */
    static synchronized void begin() {
        if (started != null) {
            return;
        }
        CompletableFuture<Void> starting = new CompletableFuture<>();
        started = starting;
        Thread thread = new Thread(() -> {
            try {
                startQuietly(() -> { });
                starting.complete(null);
            } catch (RuntimeException failed) {
                starting.completeExceptionally(failed);
            } finally {
                // An error (a native library that does not load) must not leave the window waiting for ever.
                starting.completeExceptionally(new IllegalStateException("JavaFX's toolkit did not start"));
            }
        }, "octopus-desk-fx-start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs {@code action} on the FX thread once the toolkit is started, waiting for a start begun earlier or
     * starting it now. Throws what starting the toolkit threw.
     */
    static void runWhenStarted(Runnable action) {
        CompletableFuture<Void> starting;
        synchronized (ToolkitStart.class) {
            starting = started;
        }
        if (starting == null) {
            startQuietly(action);
            return;
        }
        try {
            starting.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
        Platform.runLater(action);
    }

    private static void startQuietly(Runnable action) {
        JAVAFX_LOG.setLevel(Level.SEVERE);
        try {
            Platform.startup(action);
        } finally {
            JAVAFX_LOG.setLevel(null);
        }
    }
}
