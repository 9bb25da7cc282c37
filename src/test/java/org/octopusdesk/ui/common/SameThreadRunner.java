package org.octopusdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;

/** The synchronous twin of {@link FxBackgroundRunner}: view-model tests run without the toolkit. */
public final class SameThreadRunner implements BackgroundRunner {

    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception failure) {
            onFailure.accept(failure);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public <T> void runWithProgress(java.util.function.Function<java.util.function.DoubleConsumer, T> work,
            java.util.function.DoubleConsumer onProgress, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        run(() -> work.apply(onProgress), onSuccess, onFailure);
    }

    @Override
    public ObservableBooleanValue busy() {
        return busy;
    }
}
