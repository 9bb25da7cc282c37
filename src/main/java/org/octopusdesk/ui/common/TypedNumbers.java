package org.octopusdesk.ui.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.i18n.Messages;

/** Numbers as people type them in a form ("250,000.50", "250 000,50"), read in the form's language. */
public final class TypedNumbers {

    private TypedNumbers() {
    }

    /**
     * The number typed in {@code field}; {@code null} when the field is empty (the rules say whether it may be),
     * or when it is not a number, which adds a message for that field to {@code problems}.
     */
    public static BigDecimal read(Messages messages, String text, String field, List<FieldError> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<BigDecimal> value = messages.parseDecimal(text);
        if (value.isEmpty()) {
            problems.add(FieldError.of(field, "validation.number"));
        }
        return value.orElse(null);
    }

    /**
     * Adds to {@code problems} what the form's rules found, except about a field already unreadable: that field
     * keeps its own message ("Not a number"), and the other fields' come in the same round, not after it is mended.
     */
    public static void addRules(List<FieldError> problems, List<FieldError> rules) {
        Set<String> unreadable = problems.stream().map(FieldError::field).collect(Collectors.toSet());
        rules.stream().filter(rule -> !unreadable.contains(rule.field())).forEach(problems::add);
    }
}
