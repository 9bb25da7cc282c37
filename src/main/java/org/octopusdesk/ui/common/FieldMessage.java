package org.octopusdesk.ui.common;

import javafx.beans.property.SimpleStringProperty;

/** The message of one field of a form, which the form's layout can ask to check its field when it is left. */
public final class FieldMessage extends SimpleStringProperty {

    private final FieldErrors form;
    private final String field;

    FieldMessage(FieldErrors form, String field) {
        super(form, field, "");
        this.form = form;
        this.field = field;
    }

    /** Checks the field against the form's rules now: it was left. */
    public void check() {
        form.check(field);
    }
}
