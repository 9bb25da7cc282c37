package org.octopusdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Puts the contents of a tab pane's hidden tabs into the scene after the pane's first frame, within the frames'
 * shared budget as the sliced fills are ({@link FrameBudget}: a tab a frame, since a tab costs more than the
 * budget), or at once when a person selects one. JavaFX styles every node in the scene, shown or not: the
 * conferences' five tabs were styled and laid out in the area's first frame, 110-190 ms of the FX thread over the
 * bench's data, when only the first tab is seen (decision 0041). The contents are built as before, with their view
 * models; only their place in the scene comes later.
 */
public final class LateTabContents {

    /**
     * From the start of this frame after the pane is first shown, the held tabs wait for the budget: the first is
     * the area's own, whole before any tab joins.
     */
    private static final int FRAMES_BEFORE = 2;

    private final Map<Tab, Node> held = new IdentityHashMap<>();
    private final Deque<Tab> order = new ArrayDeque<>();
    private final FrameBudget frame = FrameBudget.fx();
    /** This work for the frame budget, one object (see {@link FrameBudget#goOnNextFrames}). */
    private final BooleanSupplier work = this::putBackSome;

    /**
     * Holds back the contents of every tab of {@code tabs} but the selected one; call once its tabs are set. The
     * held ones join the pane from its second frame in a window, or when their tab is selected.
     */
    public static void holdHiddenTabs(TabPane tabs) {
        if (tabs.getTabs().isEmpty()) {
            return;
        }
        LateTabContents late = new LateTabContents();
        Tab selected = tabs.getSelectionModel().getSelectedItem() != null
                ? tabs.getSelectionModel().getSelectedItem() : tabs.getTabs().get(0);
        for (Tab tab : tabs.getTabs()) {
            if (tab != selected && tab.getContent() != null) {
                late.held.put(tab, tab.getContent());
                late.order.add(tab);
                tab.setContent(null);
            }
        }
        if (late.held.isEmpty()) {
            return;
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) -> late.putBack(tab));
        Frames.onceInScene(tabs, () -> Frames.after(FRAMES_BEFORE, () -> late.frame.goOnNextFrames(late.work)));
    }

    private void putBack(Tab tab) {
        Node content = held.remove(tab);
        if (content != null) {
            order.remove(tab);
            tab.setContent(content);
        }
    }

    /** Puts back held tabs while the frame's budget lasts, each styled as it joins; true once none is held. */
    private boolean putBackSome() {
        while (!order.isEmpty() && frame.mayAdd()) {
            long start = frame.now();
            Tab next = order.peekFirst();
            Node content = held.get(next);
            putBack(next);
            // Styled now, so that this frame pays for it rather than the next one with whatever else it has.
            content.applyCss();
            frame.spend(frame.now() - start);
        }
        return order.isEmpty();
    }
}
