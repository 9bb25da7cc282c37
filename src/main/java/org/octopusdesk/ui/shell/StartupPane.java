package org.octopusdesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;

/**
 * What the window shows while the data folder opens in the background: a spinner, then a progress bar for a long
 * first-start step such as loading the ECB history.
 */
public final class StartupPane {

    private final VBox root;
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label message = new Label();

    public StartupPane(Messages messages) {
        Label name = new Label(messages.text("app.name"));
        name.getStyleClass().add("title-1");
        spinner.setPrefSize(48, 48);
        bar.setPrefWidth(360);
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        message.setText(messages.text("startup.opening"));
        message.getStyleClass().add("text-muted");
        root = new VBox(18, name, spinner, bar, message);
        root.setAlignment(Pos.CENTER);
        root.setId("startup-pane");
    }

    public Parent root() {
        return root;
    }

    /** Shows a long first-start step with how far it got (0 to 1). */
    public void showStep(String text, double share) {
        message.setText(text);
        spinner.setVisible(false);
        spinner.setManaged(false);
        bar.setVisible(true);
        bar.setProgress(share);
    }
}
