package org.octopusdesk.ui.shell;

/**
 * The name of an area inside the program: navigation uses it, and the area's controls carry it in their ids
 * ({@code nav-projects}), which is why it is kept to lower-case letters, digits and dashes.
 */
public record AreaId(String value) {

    public AreaId {
        if (value == null || !value.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("An area id is lower-case letters, digits and dashes: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
