package org.octopusdesk.ui.shell;

/**
 * The name of an area inside the program: navigation uses it, and the area's controls carry it in their ids
 * ({@code nav-projects}), which is why it is kept to lower-case letters and dashes.
 */
public record AreaId(String value) {

    public AreaId {
        if (value == null || !value.matches("[a-z][a-z-]*")) {
            throw new IllegalArgumentException("An area id is lower-case letters and dashes: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
