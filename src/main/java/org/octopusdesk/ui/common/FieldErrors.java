package org.octopusdesk.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.i18n.Messages;

/** The message shown beside each field of a form, empty when the field is fine. */
public final class FieldErrors {

    private final Map<String, StringProperty> byField = new LinkedHashMap<>();
    private final Messages messages;
    private final BooleanBinding any;

    public FieldErrors(Messages messages, String... fields) {
        this.messages = messages;
        for (String field : fields) {
            byField.put(field, new SimpleStringProperty(""));
        }
        any = Bindings.createBooleanBinding(
                () -> byField.values().stream().anyMatch(message -> !message.get().isEmpty()),
                byField.values().toArray(StringProperty[]::new));
    }

    public StringProperty of(String field) {
        StringProperty message = byField.get(field);
        if (message == null) {
            throw new IllegalArgumentException("no such field: " + field);
        }
        return message;
    }

    /** Shows these errors and clears every other field; an error of an unknown field goes to {@code fallback}. */
    public void show(List<FieldError> errors, String fallback) {
        byField.values().forEach(message -> message.set(""));
        for (FieldError error : errors) {
            StringProperty target = byField.getOrDefault(error.field(), byField.get(fallback));
            String message = messages.message(error);
            if (target.get().isEmpty()) {
                target.set(message);
            } else if (!target.get().contains(message)) {
                target.set(target.get() + "\n" + message);
            }
        }
    }

    public BooleanBinding any() {
        return any;
    }
}
