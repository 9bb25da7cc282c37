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

    /** When {@link #main} was entered: the first of the marks the bench splits the start at, as the app's. */
    private static long mainEntered;

    public static void main(String[] args) {
        mainEntered = System.currentTimeMillis();
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            long toolkit = System.currentTimeMillis();
            Scene scene = new Scene(new StackPane(new Label("Octopus Desk")), 1200, 780);
            long[] shown = new long[1];
            Runnable afterFirstFrame = new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    long frame = System.currentTimeMillis();
                    WindowRuns.report("main " + mainEntered);
                    WindowRuns.report("fx-startup " + mainEntered);
                    WindowRuns.report("toolkit " + toolkit);
                    WindowRuns.report("shown " + shown[0]);
                    WindowRuns.report("first-window " + frame);
                    Platform.runLater(Platform::exit);
                }
            };
            scene.addPostLayoutPulseListener(afterFirstFrame);
            stage.setScene(scene);
            stage.show();
            shown[0] = System.currentTimeMillis();
        }
    }
}
