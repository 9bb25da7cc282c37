package org.octopusdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * Puts the contents of a tab pane's hidden tabs into the scene after the pane's first frame, one tab a frame, or
 * at once when a person selects one. JavaFX styles every node in the scene, shown or not: the conferences' five
 * tabs were styled and laid out in the area's first frame, 110-190 ms of the FX thread over the bench's data,
 * when only the first tab is seen (decision 0041). The contents are built as before, with their view models;
 * only their place in the scene comes later.
 */
public final class LateTabContents {

    /** Frames left to the pane's first show before the first held tab joins: the first is the area's own. */
    private static final int FRAMES_BEFORE = 2;

    private final TabPane tabs;
    private final Map<Tab, Node> held = new IdentityHashMap<>();
    private final Deque<Tab> order = new ArrayDeque<>();

    private LateTabContents(TabPane tabs) {
        this.tabs = tabs;
    }

    /**
     * Holds back the contents of every tab of {@code tabs} but the selected one; call once its tabs are set. The
     * held ones join the pane a frame each from its second frame in a window, or when their tab is selected.
     */
    public static void holdHiddenTabs(TabPane tabs) {
        if (tabs.getTabs().isEmpty()) {
            return;
        }
        LateTabContents late = new LateTabContents(tabs);
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
        late.startOnceShown();
    }

    private void putBack(Tab tab) {
        Node content = held.remove(tab);
        if (content != null) {
            order.remove(tab);
            tab.setContent(content);
        }
    }

    private void startOnceShown() {
        if (tabs.getScene() != null) {
            putBackFrameByFrame();
            return;
        }
        tabs.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene != null) {
                    tabs.sceneProperty().removeListener(this);
                    putBackFrameByFrame();
                }
            }
        });
    }

    private void putBackFrameByFrame() {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames <= FRAMES_BEFORE) {
                    return;
                }
                Tab next = order.peekFirst();
                if (next == null) {
                    stop();
                    return;
                }
                Node content = held.get(next);
                putBack(next);
                // Styled now, so that this frame pays for it rather than the next one with whatever else it has.
                content.applyCss();
            }
        }.start();
    }
}
