package org.octopusdesk.domain.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/**
 * What a person enters for a follow-up action of a meeting.
 *
 * @param agendaItem the agenda item the action comes from, or {@code null} when it comes from the meeting as a whole
 */
public record FollowUpDraft(AgendaItemId agendaItem, String text, String owner, LocalDate deadline,
        ActionStatus status) {

    public static final String AGENDA_ITEM = "agendaItem";
    public static final String TEXT = "text";
    public static final String OWNER = "owner";
    public static final String DEADLINE = "deadline";
    public static final String STATUS = "status";
    public static final int TEXT_MAX = 1000;
    public static final int OWNER_MAX = 200;

    public FollowUpDraft {
        text = text == null ? "" : text.strip();
        owner = owner == null ? "" : owner.strip();
    }

    /** The same action with another status: marking it done keeps everything else. */
    public FollowUpDraft withStatus(ActionStatus newStatus) {
        return new FollowUpDraft(agendaItem, text, owner, deadline, newStatus);
    }

    /** The rules of one action; that its item belongs to its meeting is the service's to check. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (text.isEmpty()) {
            errors.add(FieldError.of(TEXT, "validation.required"));
        } else if (text.length() > TEXT_MAX) {
            errors.add(FieldError.of(TEXT, "validation.tooLong", TEXT_MAX));
        }
        if (owner.isEmpty()) {
            errors.add(FieldError.of(OWNER, "validation.required"));
        } else if (owner.length() > OWNER_MAX) {
            errors.add(FieldError.of(OWNER, "validation.tooLong", OWNER_MAX));
        }
        if (deadline == null) {
            errors.add(FieldError.of(DEADLINE, "validation.required"));
        }
        if (status == null) {
            errors.add(FieldError.of(STATUS, "validation.required"));
        }
        return errors;
    }
}
