package org.octopusdesk.ui.common;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;

/** Dialogs as JavaFX alerts, with buttons in the application's language rather than the system's. */
public final class FxDialogService implements DialogService {

    /** About how many characters of a problem's line a row of the list holds, to size the list before it shows. */
    private static final int CHARACTERS_A_ROW = 90;

    private final Messages messages;
    private final Supplier<Window> owner;

    public FxDialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message, ok());
        if (details != null) {
            TextArea trace = TextAreas.tabMovesFocus(new TextArea(stackTrace(details)));
            trace.setEditable(false);
            trace.setWrapText(false);
            trace.setPrefRowCount(14);
            VBox expandable = new VBox(6, new Label(messages.text("error.details")), trace);
            alert.getDialogPane().setExpandableContent(expandable);
        }
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ok()).showAndWait();
    }

    @Override
    public void showList(String title, String message, java.util.List<String> lines) {
        Alert alert = alert(Alert.AlertType.WARNING, title, message, ok());
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(lines));
        list.setId("dialog-list");
        // Long lines wrap within the list, where they ran past its edge behind a sideways scroll bar.
        list.setCellFactory(view -> new WrappedLine());
        int rows = lines.stream().mapToInt(line -> Math.max(1, (line.length() + CHARACTERS_A_ROW - 1)
                / CHARACTERS_A_ROW)).sum();
        list.setPrefHeight(Math.min(360, 24 * rows + 6 * lines.size() + 8));
        Label content = (Label) alert.getDialogPane().getContent();
        alert.getDialogPane().setContent(new VBox(10, content, list));
        alert.getDialogPane().setPrefWidth(680);
        content.setMaxWidth(640);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        return confirm(title, message, confirmLabel, messages.text("action.cancel"));
    }

    /** As {@link #confirm(String, String, String)}, the safe answer in words of its own ("Keep editing"). */
    public boolean confirm(String title, String message, String confirmLabel, String safeLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(safeLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, confirm, cancel);
        alert.getDialogPane().lookupButton(confirm).setId("dialog-confirm");
        // Enter must not delete by accident: the safe answer is the default one.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public boolean ask(String title, String message, String yesLabel, String noLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.NO);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message, yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    private ButtonType ok() {
        return new ButtonType(messages.text("action.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(460);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // A fixed width lets the wrapped message be measured before the dialog is placed over its owner.
        alert.getDialogPane().setPrefWidth(520);
        return alert;
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }
}
