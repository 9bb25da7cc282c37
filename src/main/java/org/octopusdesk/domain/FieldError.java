package org.octopusdesk.domain;

import java.util.List;

/**
 * One field of a form holds a value the rules refuse.
 *
 * @param field the name of the field, as the draft record names it
 * @param messageKey key of the message shown beside the field
 * @param arguments values the message refers to
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
