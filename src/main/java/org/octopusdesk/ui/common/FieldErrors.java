package org.octopusdesk.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.i18n.Messages;

/**
 * The message shown beside each field of a form, empty when the field is fine. Messages follow the person: a field
 * is checked when it is left ({@link #check}) and its message goes as soon as it is right ({@link #watch}), with the
 * same rules as Save ({@link #checkWith}); Save shows them all.
 *
 * <p>Some text cannot reach the view-model at all: a date that does not exist ("31/02/2024") leaves the date empty.
 * The field reports such text as {@link #unreadable}; its message replaces whatever the rules say of the empty field,
 * and the form is not saved while there is any.
 */
public final class FieldErrors {

    private final Map<String, FieldMessage> byField = new LinkedHashMap<>();
    private final Map<String, FieldError> unreadable = new LinkedHashMap<>();
    /** Fields whose message is the service's refusal: the form's own rules cannot tell it right until it is edited. */
    private final java.util.Set<String> refused = new java.util.HashSet<>();
    private final Messages messages;
    private final BooleanBinding any;
    private Supplier<List<FieldError>> rules = List::of;

    public FieldErrors(Messages messages, String... fields) {
        this.messages = messages;
        for (String field : fields) {
            byField.put(field, new FieldMessage(this, field));
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

    /** The form's own rules, checked without saving: what Save would refuse, field by field. */
    public void checkWith(Supplier<List<FieldError>> formRules) {
        this.rules = formRules;
    }

    /**
     * Once {@code field} shows a message, checks it again at each change of {@code inputs}, so that the message goes
     * as soon as the field is right.
     */
    public void watch(String field, Observable... inputs) {
        of(field);
        for (Observable input : inputs) {
            input.addListener(changed -> {
                if (!byField.get(field).get().isEmpty()) {
                    refused.remove(field);
                    check(field);
                }
            });
        }
    }

    /** Checks these fields now, as when the person leaves them: each shows its problems, or nothing. */
    public void check(String... fields) {
        List<FieldError> problems = problems();
        for (String field : fields) {
            List<FieldError> own = problems.stream().filter(error -> error.field().equals(field)).toList();
            if (own.isEmpty() && refused.contains(field)) {
                continue;
            }
            refused.remove(field);
            byField.get(field).set(text(own));
        }
    }

    /**
     * Shows these errors and clears every other field; an error of an unknown field goes to {@code fallback}. Text a
     * field could not read is shown too, in place of the errors of its field.
     *
     * @return true when nothing is shown: the form may be saved
     */
    public boolean show(List<FieldError> errors, String fallback) {
        refused.clear();
        List<FieldError> shown = withUnreadable(errors);
        Map<String, List<FieldError>> grouped = new LinkedHashMap<>();
        for (FieldError error : shown) {
            String field = byField.containsKey(error.field()) ? error.field() : fallback;
            grouped.computeIfAbsent(field, key -> new ArrayList<>()).add(error);
        }
        byField.forEach((field, message) -> message.set(text(grouped.getOrDefault(field, List.of()))));
        return shown.isEmpty();
    }

    /** Shows the service's refusal of a save; each message stays until its field is edited or saved again. */
    public void showRefusal(List<FieldError> errors, String fallback) {
        show(errors, fallback);
        byField.forEach((field, message) -> {
            if (!message.get().isEmpty()) {
                refused.add(field);
            }
        });
    }

    /** The form's rules applied now, with the text its fields could not read. */
    public List<FieldError> problems() {
        return withUnreadable(rules.get());
    }

    /** The field holds text that is not a value (a date that does not exist): {@code error} says so. */
    public void unreadable(String field, FieldError error) {
        of(field);
        unreadable.put(field, error);
    }

    /** The field's text is a value again, or empty. */
    public void readable(String field) {
        unreadable.remove(field);
    }

    private List<FieldError> withUnreadable(List<FieldError> errors) {
        List<FieldError> all = new ArrayList<>(errors.stream()
                .filter(error -> !unreadable.containsKey(error.field())).toList());
        all.addAll(unreadable.values());
        return all;
    }

    private String text(List<FieldError> errors) {
        return String.join("\n", errors.stream().map(messages::message).distinct().toList());
    }

    public BooleanBinding any() {
        return any;
    }
}
