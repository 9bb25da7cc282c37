package org.octopusdesk.ui.common;

import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made when the pointer first reaches their node rather than when the node is built. A {@link Tooltip} is
 * a popup window with a scene of its own: a chart that made one for each of its hundreds of bars spent much of its
 * frame on tooltips nobody would ever see. The tooltip is installed on the first entry, and shows after the usual
 * delay as the pointer moves on, as one installed at once would.
 */
public final class HoverTooltips {

    private HoverTooltips() {
    }

    /**
     * Gives {@code control} a tooltip of {@code text}, made on the pointer's first entry, and the text as its
     * accessible help at once: a screen reader reads that as it reads a tooltip. A tooltip made with its control
     * cost 0.5-0.9 ms of the FX thread (a popup window with a scene of its own), and an area's toolbars and filters
     * made ten to twenty of them as the area was first shown (decision 0042).
     */
    public static <C extends Control> C explain(C control, String text) {
        control.setAccessibleHelp(text);
        install(control, () -> text);
        return control;
    }

    /**
     * As {@link #explain(Control, String)} for a text that changes: the chosen entry of a box too narrow for its
     * longest entries, say. The accessible help and the tooltip, once made, follow {@code text}.
     */
    public static <C extends Control> C explain(C control, ObservableValue<String> text) {
        control.accessibleHelpProperty().bind(text);
        onFirstEntry(control, () -> {
            Tooltip tooltip = new Tooltip();
            tooltip.textProperty().bind(text);
            return tooltip;
        });
        return control;
    }

    /** Gives {@code node} a tooltip of {@code text}, worked out and made on the pointer's first entry. */
    public static void install(Node node, Supplier<String> text) {
        onFirstEntry(node, () -> new Tooltip(text.get()));
    }

    private static void onFirstEntry(Node node, Supplier<Tooltip> make) {
        EventHandler<MouseEvent> firstEntry = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip tooltip = make.get();
                if (node instanceof Control control) {
                    control.setTooltip(tooltip);
                } else {
                    Tooltip.install(node, tooltip);
                }
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, firstEntry);
    }
}
