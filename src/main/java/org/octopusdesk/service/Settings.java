package org.octopusdesk.service;

import java.util.Optional;

/**
 * What the application remembers between sessions on this workstation.
 *
 * @param language the language of the screens ("en" or "fr")
 * @param window where the main window was, or {@code null} before the first close
 */
public record Settings(String language, WindowBounds window) {

    public static final Settings DEFAULT = new Settings("en", null);

    public Optional<WindowBounds> windowBounds() {
        return Optional.ofNullable(window);
    }

    public Settings withLanguage(String newLanguage) {
        return new Settings(newLanguage, window);
    }

    public Settings withWindow(WindowBounds newWindow) {
        return new Settings(language, newWindow);
    }

    /** Position and size of a window, in screen coordinates. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }
}
