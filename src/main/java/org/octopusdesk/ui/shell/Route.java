package org.octopusdesk.ui.shell;

import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * How an area serves one of its destinations: which method of its view takes the target.
 *
 * @param <V> the area's view
 * @param <T> what the destination hands over
 */
public record Route<V, T>(Destination<T> destination, BiConsumer<V, T> handler) {

    public Route {
        Objects.requireNonNull(destination);
        Objects.requireNonNull(handler);
    }

    void deliver(V view, Object target) {
        handler.accept(view, destination.targetOf(target));
    }
}
