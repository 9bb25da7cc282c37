package org.octopusdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background thread for all database and file work of the window: work runs in order, so two saves never
 * race, and the FX thread only draws. Work asked for while the FX thread prepares a frame starts once that frame
 * is laid out ({@link FrameHeldExecutor}).
 */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "octopus-desk-background");
        thread.setDaemon(true);
        return thread;
    });
    private final FrameHeldExecutor afterTheFrame = FrameHeldExecutor.untilTheNextFrame(executor);
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final ObservableBooleanValue busy = Bindings.greaterThan(running, 0);

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        start(task, onSuccess, onFailure);
    }

    @Override
    public <T> void runWithProgress(java.util.function.Function<java.util.function.DoubleConsumer, T> work,
            java.util.function.DoubleConsumer onProgress, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.apply(share -> updateProgress(share, 1.0));
            }
        };
        task.progressProperty().addListener((observable, old, share) -> {
            if (share.doubleValue() >= 0) {
                onProgress.accept(share.doubleValue());
            }
        });
        start(task, onSuccess, onFailure);
    }

    private <T> void start(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running.set(running.get() + 1);
        task.setOnSucceeded(event -> {
            running.set(running.get() - 1);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            running.set(running.get() - 1);
            onFailure.accept(task.getException());
        });
        afterTheFrame.execute(task);
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy;
    }

    /** Lets the queued work finish (a save in flight must land), then stops the thread. */
    @Override
    public void close() {
        afterTheFrame.close();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                log().warn("Background work still running after 30 s at shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Its logger, asked for when first used rather than when the class loads: the window's start uses this class
     * before logback is ready, and would otherwise configure logback itself, in the way of the window (decision 0033).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(FxBackgroundRunner.class);
    }
}
