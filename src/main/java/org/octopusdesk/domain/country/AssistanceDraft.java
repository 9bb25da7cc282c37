package org.octopusdesk.domain.country;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.project.ProjectId;

/** What a person enters to log an assistance activity; the project is optional. */
public record AssistanceDraft(String countryCode, LocalDate start, LocalDate end, AssistanceKind kind,
        ProjectId project, String description, String outcome) {

    public static final String COUNTRY = "country";
    public static final String START = "start";
    public static final String END = "end";
    public static final String KIND = "kind";
    public static final String DESCRIPTION = "description";
    public static final String OUTCOME = "outcome";
    public static final int TEXT_MAX = 4000;

    public AssistanceDraft {
        description = description == null ? "" : description.strip();
        outcome = outcome == null ? "" : outcome.strip();
    }

    /** The rules of one activity; whether the country and the project exist is the service's to check. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (countryCode == null || countryCode.isBlank()) {
            errors.add(FieldError.of(COUNTRY, "validation.required"));
        }
        if (start == null) {
            errors.add(FieldError.of(START, "validation.required"));
        }
        if (end == null) {
            errors.add(FieldError.of(END, "validation.required"));
        } else if (start != null && end.isBefore(start)) {
            errors.add(FieldError.of(END, "validation.project.endBeforeStart"));
        }
        if (kind == null) {
            errors.add(FieldError.of(KIND, "validation.required"));
        }
        if (description.isEmpty()) {
            errors.add(FieldError.of(DESCRIPTION, "validation.required"));
        } else if (description.length() > TEXT_MAX) {
            errors.add(FieldError.of(DESCRIPTION, "validation.tooLong", TEXT_MAX));
        }
        if (outcome.length() > TEXT_MAX) {
            errors.add(FieldError.of(OUTCOME, "validation.tooLong", TEXT_MAX));
        }
        return errors;
    }
}
