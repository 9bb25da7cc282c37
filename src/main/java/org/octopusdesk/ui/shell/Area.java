package org.octopusdesk.ui.shell;

import java.util.List;

/**
 * One area of the window, described once by its feature package (for example {@code ProjectsArea}) and listed once
 * in the composition root. From that list the window builds the sidebar, the View menu with the shortcuts Ctrl+1,
 * Ctrl+2, … by place, the File and Edit items each area contributes, and each area's view on its first show.
 *
 * <p>An area is a description without state: every window (a change of language builds a new one) calls
 * {@link #create} again for its own view.
 *
 * @param <V> the area's view, on which its menu entries and routes act
 */
public interface Area<V extends AreaView> {

    AreaId id();

    /** The key of the area's name in the bundles: sidebar, View menu, tooltip. */
    String nameKey();

    /** The Ikonli code of the area's icon, one of {@code Icons}. */
    String icon();

    /**
     * Builds the area's view over its view-models, taking the services it needs from {@code context}; the
     * {@code navigator} leads to other areas.
     */
    V create(UiContext context, Navigator navigator);

    /** What the area adds to the File and Edit menus, in its order. */
    default List<MenuEntry<V>> menuEntries() {
        return List.of();
    }

    /** The destinations this area serves for other areas, each with the method of its view that takes the target. */
    default List<Route<V, ?>> routes() {
        return List.of();
    }
}
