package org.octopusdesk.app;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.i18n.Messages;

/**
 * Asks for the password of the database account at start, when it is not kept. Called from the background task that
 * opens the database: the question is drawn on the FX thread and the task waits for the answer.
 */
final class ServerPasswordPrompt {

    private final Messages messages;

    ServerPasswordPrompt(Messages messages) {
        this.messages = messages;
    }

    /** The typed password; a cancelled question stops the opening with a message that says so. */
    String ask(String user, String address) {
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(show(user, address));
            } catch (RuntimeException failed) {
                answer.completeExceptionally(failed);
            }
        });
        try {
            return answer.get().orElseThrow(() -> new DomainException("error.database.noPassword", user));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DomainException("error.database.noPassword", user);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private Optional<String> show(String user, String address) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(messages.text("database.password.title"));
        PasswordField password = new PasswordField();
        password.setId("database-password-prompt");
        Label question = new Label(messages.text("database.password.question", user, address));
        question.setWrapText(true);
        question.setMaxWidth(460);
        dialog.getDialogPane().setContent(new VBox(10, question, password));
        ButtonType open = new ButtonType(messages.text("database.password.open"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(open, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == open ? password.getText() : null);
        Platform.runLater(password::requestFocus);
        return dialog.showAndWait();
    }
}
