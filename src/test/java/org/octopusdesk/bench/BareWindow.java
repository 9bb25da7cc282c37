package org.octopusdesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the time to a first window: a JavaFX window of the application's size with one label, started the
 * way the application starts (a plain main class, JavaFX on the class path), which writes when its first frame is
 * laid out, in the file the probe's property names, and closes. A plain class so that JavaFX's launcher check does
 * not refuse it on the class path.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("Octopus Desk")), 1200, 780);
            Runnable afterFirstFrame = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    WindowRuns.report("first-window " + System.currentTimeMillis());
                    Platform.runLater(Platform::exit);
                }
            };
            scene.addPostLayoutPulseListener(afterFirstFrame);
            stage.setScene(scene);
            stage.show();
        }
    }
}
