package org.octopusdesk.ui.shell;

import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** One area in one window: its description, its place in the sidebar, and its view once it has been shown. */
final class AreaSlot<V extends AreaView> {

    /** Ctrl+1 to Ctrl+9, then Ctrl+0 for the tenth area, in the order of the keyboard's number row. */
    private static final List<KeyCode> SHORTCUT_DIGITS = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3,
            KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9,
            KeyCode.DIGIT0);

    private final Area<V> area;
    private final int place;
    private final UiContext context;
    private final Navigator navigator;
    private V view;

    private AreaSlot(Area<V> area, int place, UiContext context, Navigator navigator) {
        this.area = area;
        this.place = place;
        this.context = context;
        this.navigator = navigator;
        for (Route<V, ?> route : area.routes()) {
            if (!route.destination().area().equals(area.id())) {
                throw new IllegalArgumentException(area.id() + " declares a route to " + route.destination());
            }
        }
    }

    /** @param place the area's place in the sidebar, from 0 */
    static <V extends AreaView> AreaSlot<V> of(Area<V> area, int place, UiContext context, Navigator navigator) {
        return new AreaSlot<>(area, place, context, navigator);
    }

    AreaId id() {
        return area.id();
    }

    String nameKey() {
        return area.nameKey();
    }

    String icon() {
        return area.icon();
    }

    List<MenuEntry<V>> menuEntries() {
        return area.menuEntries();
    }

    /** Ctrl and the area's place, for the first ten areas. */
    Optional<KeyCombination> shortcut() {
        return place < SHORTCUT_DIGITS.size()
                ? Optional.of(new KeyCodeCombination(SHORTCUT_DIGITS.get(place), KeyCombination.SHORTCUT_DOWN))
                : Optional.empty();
    }

    /** The area's view, built on first use so that areas never visited cost nothing. */
    V view() {
        if (view == null) {
            view = area.create(context, navigator);
            view.divided().ifPresent(split -> context.dividers().remember(area.id(), split));
        }
        return view;
    }

    <T> void deliver(Destination<T> destination, T target) {
        area.routes().stream()
                .filter(route -> route.destination() == destination)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(area.id() + " serves no " + destination))
                .deliver(view(), target);
    }
}
