package org.octopusdesk.ui.shell;

/**
 * How one area leads to another without knowing its view or its place in the window: the window hands it to every
 * area it builds.
 */
public interface Navigator {

    /** Shows an area with fresh data. */
    void show(AreaId area);

    /** Shows the destination's area with fresh data, then hands it the target: a project to select, a donor, … */
    <T> void open(Destination<T> destination, T target);
}
