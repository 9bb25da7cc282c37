package org.octopusdesk.domain;

import java.util.List;
import java.util.Optional;

/** Input was refused; every error names its field, so a form can show each message beside it. */
public class ValidationException extends DomainException {

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.isEmpty() ? "validation.failed" : errors.get(0).messageKey(),
                errors.isEmpty() ? new Object[0] : errors.get(0).arguments().toArray());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Optional<FieldError> errorFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).findFirst();
    }

    /** Throws when the list holds any error; lets rules collect every problem before reporting. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
