package org.octopusdesk.service;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the application remembers between sessions on this workstation.
 *
 * @param language the language of the screens ("en" or "fr")
 * @param window where the main window was, or {@code null} before the first close
 * @param dividers where each area's divider between its list and its detail was left, by area, as a share of the
 *         pane from its left (or top, for a list above its detail); only areas whose divider a person dragged
 */
public record Settings(String language, WindowBounds window, Map<String, Double> dividers) {

    /** A divider is never put back closer to an edge than this share: a pane dragged shut stays within reach. */
    public static final double DIVIDER_MARGIN = 0.05;

    public static final Settings DEFAULT = new Settings("en", null, Map.of());

    public Settings {
        TreeMap<String, Double> kept = new TreeMap<>();
        dividers.forEach((area, position) -> kept.put(area, dividerWithinReach(position)));
        dividers = Collections.unmodifiableMap(kept);
    }

    public Settings(String language, WindowBounds window) {
        this(language, window, Map.of());
    }

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, window, dividers);
    }

    public Settings withWindow(WindowBounds newWindow) {
        return new Settings(language, newWindow, dividers);
    }

    public Settings withDividers(Map<String, Double> newDividers) {
        return new Settings(language, window, newDividers);
    }

    /** {@code position} moved to within {@link #DIVIDER_MARGIN} of the edges; a position not a number, the middle. */
    public static double dividerWithinReach(double position) {
        if (Double.isNaN(position)) {
            return 0.5;
        }
        return Math.max(DIVIDER_MARGIN, Math.min(1 - DIVIDER_MARGIN, position));
    }

    /** Position and size of a window, in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
