package org.octopusdesk.domain.meeting;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/** What a person enters for an agenda item; its number comes from its place on the agenda. */
public record AgendaItemDraft(String title, String documents) {

    public static final String TITLE = "title";
    public static final String DOCUMENTS = "documents";
    public static final int TITLE_MAX = 300;
    public static final int DOCUMENTS_MAX = 1000;

    public AgendaItemDraft {
        title = title == null ? "" : title.strip();
        documents = documents == null ? "" : documents.strip();
    }

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (title.isEmpty()) {
            errors.add(FieldError.of(TITLE, "validation.required"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(FieldError.of(TITLE, "validation.tooLong", TITLE_MAX));
        }
        if (documents.length() > DOCUMENTS_MAX) {
            errors.add(FieldError.of(DOCUMENTS, "validation.tooLong", DOCUMENTS_MAX));
        }
        return errors;
    }

    /** The rules of a decision's text: given, and not longer than the register keeps. */
    public static List<FieldError> validateDecision(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return List.of(FieldError.of(Decision.TEXT, "validation.required"));
        }
        if (value.length() > Decision.TEXT_MAX) {
            return List.of(FieldError.of(Decision.TEXT, "validation.tooLong", Decision.TEXT_MAX));
        }
        return List.of();
    }
}
