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

    public StartupPane(Messages messages) {
        Label name = new Label(messages.text("app.name"));
        name.getStyleClass().add("title-1");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(48, 48);
        Label opening = new Label(messages.text("startup.opening"));
        opening.getStyleClass().add("text-muted");
        root = new VBox(18, name, progress, opening);
        root.setAlignment(Pos.CENTER);
        root.setId("startup-pane");
    }

    public Parent root() {
        return root;
    }
}
