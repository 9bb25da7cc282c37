package org.octopusdesk.domain;

import java.util.List;

/**
 * A rule of the domain was broken. Carries a message key and its arguments so that every face of the
 * application (window, command line) can say it in the user's language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
