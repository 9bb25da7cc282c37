package org.octopusdesk.ui.shell;

import java.util.Map;
import java.util.TreeMap;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
import org.octopusdesk.service.Settings;

/**
 * Where each area's divider between its list and its detail was left: put back when the area is first shown, in
 * this session or the next, as a person arranged it. Kept on the FX thread while the application runs; the
 * application saves {@link #positions()} with the window's place when it closes.
 */
public final class Dividers {

    private final Map<String, Double> positions;

    /** @param remembered the positions saved at the end of the last session, by area */
    public Dividers(Map<String, Double> remembered) {
        this.positions = new TreeMap<>(remembered);
    }

    /**
     * Puts {@code split}'s divider where it was left in {@code area}, if it was, and from now on notes where a person
     * drags it. Only a drag is noted: the pane's own small moves (its first layout rounds the divider to a pixel, a
     * detail of fixed width moves it as the window is resized) do not replace where the person put it, nor make an
     * area never arranged keep this version's starting place in the next.
     */
    void remember(AreaId area, SplitPane split) {
        if (split.getDividers().isEmpty()) {
            return;
        }
        SplitPane.Divider divider = split.getDividers().get(0);
        Double left = positions.get(area.value());
        if (left != null) {
            divider.setPosition(left);
        }
        double[] pressedAt = {Double.NaN};
        split.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> pressedAt[0] = divider.getPosition());
        split.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> {
            if (divider.getPosition() != pressedAt[0]) {
                positions.put(area.value(), Settings.dividerWithinReach(divider.getPosition()));
            }
        });
    }

    /** The positions now, by area: those of this session and those of areas not shown since the last. */
    public Map<String, Double> positions() {
        return Map.copyOf(positions);
    }
}
