package org.octopusdesk.domain.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/** A person's entry of a new end date for a project, with the decision behind it. */
public record AmendmentDraft(LocalDate newEnd, LocalDate decidedOn, String reason) {

    public static final String NEW_END = "newEnd";
    public static final String DECIDED_ON = "decidedOn";
    public static final String REASON = "reason";
    public static final int REASON_MAX = 1000;

    public AmendmentDraft {
        reason = reason == null ? "" : reason.strip();
    }

    /** Checks the amendment against the project it would change. */
    public List<FieldError> validateFor(Project project) {
        List<FieldError> errors = new ArrayList<>();
        if (newEnd == null) {
            errors.add(FieldError.of(NEW_END, "validation.required"));
        } else if (newEnd.equals(project.currentEnd())) {
            errors.add(FieldError.of(NEW_END, "validation.amendment.sameEnd"));
        } else if (newEnd.isBefore(project.start())) {
            errors.add(FieldError.of(NEW_END, "validation.project.endBeforeStart"));
        }
        if (decidedOn == null) {
            errors.add(FieldError.of(DECIDED_ON, "validation.required"));
        }
        if (reason.isEmpty()) {
            errors.add(FieldError.of(REASON, "validation.required"));
        } else if (reason.length() > REASON_MAX) {
            errors.add(FieldError.of(REASON, "validation.tooLong", REASON_MAX));
        }
        return errors;
    }
}
