package org.octopusdesk.ui.common;

import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * The two moments the deferred building waits for (decision 0041): a node's first scene, before which nothing
 * styles it, and a frame to come, after the one being prepared has been styled and laid out. FX thread only.
 */
final class Frames {

    private Frames() {
    }

    /** Runs {@code action} now if {@code node} is in a scene, else once it first is. */
    static void onceInScene(Node node, Runnable action) {
        if (node.getScene() != null) {
            action.run();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> observable, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    action.run();
                }
            }
        });
    }

    /**
     * Runs {@code action} at the start of the {@code count}th frame from now: the first is the one being prepared,
     * so at the start of the second it has been styled and laid out.
     */
    static void after(int count, Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames < count) {
                    return;
                }
                stop();
                action.run();
            }
        }.start();
    }
}
