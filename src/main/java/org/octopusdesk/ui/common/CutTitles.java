package org.octopusdesk.ui.common;

import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;

/**
 * A column title cut to fit its column ("Ratificatio…", "Earmarke…") shows whole as a tooltip while the pointer is
 * on its header, in every table of every window, as a cut cell shows its value ({@link Cells}). Where the other
 * columns can spare the width, {@link ColumnTitles} widens the column instead; this is for the tables whose values
 * need it more than their titles.
 *
 * <p>One filter a window looks at the header the pointer enters, so no table has to ask for it and no tooltip is
 * made before a cut title is pointed at. Whether the title is cut is checked at each entry: a window made wider
 * shows the title whole, and its header then has no tooltip.
 */
public final class CutTitles {

    /** Where a header keeps the tooltip given to it, so that it is given once and taken back when not cut. */
    private static final String TOOLTIP = CutTitles.class.getName() + ".tooltip";
    private static final String WATCHED = CutTitles.class.getName() + ".watched";
    /** How far up from the node entered a header is looked for: its title's text is two levels under it. */
    private static final int HEADER_DEPTH = 3;

    private static boolean everywhere;

    private CutTitles() {
    }

    /** From now on, in every window open or opened later. On the FX thread; a second call changes nothing. */
    public static void explainedEverywhere() {
        if (everywhere) {
            return;
        }
        everywhere = true;
        Window.getWindows().forEach(CutTitles::watch);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(CutTitles::watch);
            }
        });
    }

    private static void watch(Window window) {
        if (window.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            window.addEventFilter(MouseEvent.MOUSE_ENTERED_TARGET,
                    event -> header(event.getTarget()).ifPresent(CutTitles::explainIfCut));
        }
    }

    private static Optional<TableColumnHeader> header(EventTarget target) {
        Node node = target instanceof Node entered ? entered : null;
        for (int depth = 0; node != null && depth <= HEADER_DEPTH; depth++, node = node.getParent()) {
            if (node instanceof TableColumnHeader header) {
                return header.getTableColumn() == null ? Optional.empty() : Optional.of(header);
            }
        }
        return Optional.empty();
    }

    /** Gives {@code header} its whole title as a tooltip while the title is cut, and takes it back when not. */
    static void explainIfCut(TableColumnHeader header) {
        Label title = ColumnTitles.title(header);
        Tooltip given = (Tooltip) header.getProperties().get(TOOLTIP);
        if (title != null && Cells.isCut(title)) {
            if (given == null) {
                given = new Tooltip();
                header.getProperties().put(TOOLTIP, given);
                Tooltip.install(header, given);
            }
            given.setText(header.getTableColumn().getText());
        } else if (given != null) {
            Tooltip.uninstall(header, given);
            header.getProperties().remove(TOOLTIP);
        }
    }

    /** The tooltip {@code header} has for its cut title, if it has one. */
    static Optional<Tooltip> tooltip(TableColumnHeader header) {
        return Optional.ofNullable((Tooltip) header.getProperties().get(TOOLTIP));
    }
}
