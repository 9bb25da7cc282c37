package org.octopusdesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;

/** What the window shows while the data folder opens in the background. */
public final class StartupPane {

    private final VBox root;
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label message = new Label();

    public StartupPane(Messages messages) {
        Label name = new Label(messages.text("app.name"));
        name.getStyleClass().add("title-1");
        progress.setPrefSize(56, 56);
        Label opening = message;
        opening.setText(messages.text("startup.opening"));
        opening.getStyleClass().add("text-muted");
        root = new VBox(18, name, progress, opening);
        root.setAlignment(Pos.CENTER);
        root.setId("startup-pane");
    }

    public Parent root() {
        return root;
    }

    /** Shows a long first-start step with how far it got (0 to 1). */
    public void showStep(String text, double share) {
        message.setText(text);
        progress.setProgress(share);
    }
}
