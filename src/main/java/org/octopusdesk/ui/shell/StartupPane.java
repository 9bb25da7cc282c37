package org.octopusdesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.octopusdesk.i18n.Messages;

/**
 * What the window shows while the data folder opens in the background: the application's name and what it is
 * doing, then a spinner, then a progress bar for a long first-start step such as loading the ECB history.
 *
 * <p>Its first frame holds plain text only, no control: a control would make JavaFX load and apply a user-agent
 * stylesheet before that frame (decision 0033, 2 December 2026). The spinner comes with {@link #showBusy}, once
 * the window has its theme.
 */
public final class StartupPane {

    /** AtlantaFX's default text and muted text colours, so the screen does not change when the theme comes. */
    private static final Color TEXT = Color.web("#1f2328");
    private static final Color MUTED = Color.web("#656d76");

    private final VBox root;
    private final Text message = new Text();
    private ProgressIndicator spinner;
    private ProgressBar bar;

    public StartupPane(Messages messages) {
        Text name = new Text(messages.text("app.name"));
        name.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 28));
        name.setFill(TEXT);
        message.setText(messages.text("startup.opening"));
        message.setFont(Font.font(14));
        message.setFill(MUTED);
        root = new VBox(18, name, message);
        root.setAlignment(Pos.CENTER);
        root.setId("startup-pane");
    }

    public Parent root() {
        return root;
    }

    /** Adds the spinner above the message, unless a step with its progress bar is already shown. */
    public void showBusy() {
        if (spinner == null && bar == null) {
            spinner = new ProgressIndicator();
            spinner.setPrefSize(48, 48);
            root.getChildren().add(1, spinner);
        }
    }

    /** Shows a long first-start step with how far it got (0 to 1), in place of the spinner. */
    public void showStep(String text, double share) {
        message.setText(text);
        if (spinner != null) {
            root.getChildren().remove(spinner);
            spinner = null;
        }
        if (bar == null) {
            bar = new ProgressBar(0);
            bar.setPrefWidth(360);
            root.getChildren().add(1, bar);
        }
        bar.setProgress(share);
    }
}
