package org.octopusdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Runs service calls away from the FX thread and hands the result back to it. View-models go through it for
 * every call that touches the database or files; tests use a same-thread twin.
 */
public interface BackgroundRunner {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread.
     * Work is never cancelled by interrupting its thread: an interrupt inside H2 can damage the database.
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Like {@link #run}, for long work that reports how far it got: {@code onProgress} is told the share done,
     * from 0 to 1, on the FX thread.
     */
    <T> void runWithProgress(java.util.function.Function<java.util.function.DoubleConsumer, T> work,
            java.util.function.DoubleConsumer onProgress, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any work is running; the window shows a progress indicator then. */
    ObservableBooleanValue busy();
}
