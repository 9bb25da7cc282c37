package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.junit.jupiter.api.Test;

/**
 * Only the latest request matters: one superseded while it waits never runs its work, one superseded while it
 * runs has its answer dropped, and the latest is answered.
 */
class LatestRequestTest {

    /** A runner whose work waits until the test runs it, as work waits for its frame and its turn. */
    private static final class HeldRunner implements BackgroundRunner {
        private final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> {
                try {
                    onSuccess.accept(work.call());
                } catch (Exception failure) {
                    onFailure.accept(failure);
                }
            });
        }

        @Override
        public <T> void runWithProgress(java.util.function.Function<java.util.function.DoubleConsumer, T> work,
                java.util.function.DoubleConsumer onProgress, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ObservableBooleanValue busy() {
            return new ReadOnlyBooleanWrapper();
        }

        void runAll() {
            while (!held.isEmpty()) {
                held.removeFirst().run();
            }
        }
    }

    private final HeldRunner runner = new HeldRunner();
    private final LatestRequest request = new LatestRequest();
    private final List<String> worked = new ArrayList<>();
    private final List<String> answered = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();

    private void ask(String name) {
        request.run(runner, () -> {
            worked.add(name);
            return name;
        }, answered::add, failures::add);
    }

    @Test
    void aRequestSupersededWhileItWaitsNeverRunsItsWork() {
        ask("first");
        ask("second");
        ask("third");

        runner.runAll();

        assertThat(worked).containsExactly("third");
        assertThat(answered).containsExactly("third");
    }

    @Test
    void anAnswerSupersededWhileItsWorkRanIsDropped() {
        request.run(runner, () -> {
            worked.add("first");
            ask("second");
            return "first";
        }, answered::add, failures::add);

        runner.runAll();

        assertThat(worked).containsExactly("first", "second");
        assertThat(answered).containsExactly("second");
    }

    @Test
    void aFailureIsReported() {
        request.<String>run(runner, () -> {
            throw new IllegalStateException("no database");
        }, answered::add, failures::add);

        runner.runAll();

        assertThat(failures).extracting(Throwable::getMessage).containsExactly("no database");
        assertThat(answered).isEmpty();
    }
}
