package org.octopusdesk.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.i18n.Messages;

/**
 * Every date field: shows and reads dd/mm/yyyy (or the ISO form), takes a typed date as soon as it is complete, so a
 * date typed and never left is not lost on saving, and keeps text that is no date ("31/02/2024") where it was typed
 * instead of emptying the field: the person sees what they typed, and a form says why it is refused.
 */
public final class DateFields {

    private DateFields() {
    }

    /** A date field outside a form (a filter, "as of"): text that is no date leaves the value empty. */
    public static DatePicker create(Messages messages) {
        return create(messages, text -> { }, () -> { });
    }

    /**
     * A date field of a form: text that is no date is the field's message ("31/02/2024 is not a date."), and the form
     * is not saved while it is there.
     */
    public static DatePicker create(Messages messages, FieldErrors errors, String field) {
        return create(messages,
                text -> errors.unreadable(field, FieldError.of(field, "validation.date.invalid", text)),
                () -> errors.readable(field));
    }

    private static DatePicker create(Messages messages, Consumer<String> onUnreadable, Runnable onReadable) {
        DatePicker picker = new DatePicker();
        TypedText typed = new TypedText();
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return messages.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                Optional<LocalDate> date = messages.parseDate(text);
                if (date.isEmpty() && text != null && !text.isBlank()) {
                    // The picker takes the field's text when it is left or Enter is pressed, and empties a field
                    // whose value is none: the text typed is put back (below) until this commit is over.
                    typed.committing = true;
                    Platform.runLater(() -> typed.committing = false);
                }
                return date.orElse(null);
            }
        });
        picker.setPromptText(messages.text("date.prompt"));
        TextField editor = picker.getEditor();
        editor.textProperty().addListener((observable, old, text) -> {
            if (typed.restoring) {
                return;
            }
            if ((text == null || text.isEmpty()) && typed.committing && !typed.unreadable.isEmpty()) {
                typed.restoring = true;
                editor.setText(typed.unreadable);
                typed.restoring = false;
                return;
            }
            Optional<LocalDate> date = text == null || text.isBlank() ? Optional.empty() : messages.parseDate(text);
            if (date.isEmpty() && text != null && !text.isBlank()) {
                typed.unreadable = text;
                onUnreadable.accept(text.strip());
                return;
            }
            typed.unreadable = "";
            onReadable.run();
            typed.typing = true;
            picker.setValue(date.orElse(null));
            typed.typing = false;
        });
        // A date set by the form (a preset period, a default) replaces text that was no date.
        picker.valueProperty().addListener((observable, old, date) -> {
            if (date != null && !typed.typing) {
                typed.unreadable = "";
                onReadable.run();
            }
        });
        picker.setMaxWidth(Double.MAX_VALUE);
        return picker;
    }

    /** What the field knows of its text beyond its value. */
    private static final class TypedText {
        /** The text typed that is no date; empty when the text is a date or nothing. */
        private String unreadable = "";
        private boolean committing;
        private boolean restoring;
        private boolean typing;
    }
}
