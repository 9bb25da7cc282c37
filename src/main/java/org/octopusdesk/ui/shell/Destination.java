package org.octopusdesk.ui.shell;

import java.util.Objects;

/**
 * A request an area accepts from other areas, declared by that area as a constant (for example
 * {@code ProjectsArea.PROJECT}: show this project) and made through {@link Navigator#open}. Destinations are told
 * apart by identity, so each is declared once.
 *
 * @param <T> what the request hands over, such as a {@code ProjectId}
 */
public final class Destination<T> {

    private final AreaId area;
    private final Class<T> targetType;

    private Destination(AreaId area, Class<T> targetType) {
        this.area = Objects.requireNonNull(area);
        this.targetType = Objects.requireNonNull(targetType);
    }

    /** A destination in {@code area} that takes a target of {@code targetType}. */
    public static <T> Destination<T> of(AreaId area, Class<T> targetType) {
        return new Destination<>(area, targetType);
    }

    public AreaId area() {
        return area;
    }

    /** The target as this destination's type: a checked cast, so a route never receives a target of another type. */
    T targetOf(Object target) {
        return targetType.cast(target);
    }

    @Override
    public String toString() {
        return area + " <- " + targetType.getSimpleName();
    }
}
