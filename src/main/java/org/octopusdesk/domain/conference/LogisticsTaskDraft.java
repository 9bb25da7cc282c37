package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/**
 * What a person enters for a logistics task.
 *
 * @param owner who sees to it; may stay empty while nobody is named
 * @param due the day it is due, or {@code null}
 */
public record LogisticsTaskDraft(String title, LogisticsCategory category, String owner, LocalDate due,
        LogisticsStatus status, String note) {

    public static final String TITLE = "title";
    public static final String CATEGORY = "category";
    public static final String OWNER = "owner";
    public static final String DUE = "due";
    public static final String STATUS = "status";
    public static final String NOTE = "note";
    public static final int TITLE_MAX = 200;
    public static final int OWNER_MAX = 200;
    public static final int NOTE_MAX = 1000;

    public LogisticsTaskDraft {
        title = title == null ? "" : title.strip();
        owner = owner == null ? "" : owner.strip();
        note = note == null ? "" : note.strip();
    }

    /** The same task with another status: marking it done keeps everything else. */
    public LogisticsTaskDraft withStatus(LogisticsStatus newStatus) {
        return new LogisticsTaskDraft(title, category, owner, due, newStatus, note);
    }

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (title.isEmpty()) {
            errors.add(FieldError.of(TITLE, "validation.required"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(FieldError.of(TITLE, "validation.tooLong", TITLE_MAX));
        }
        if (category == null) {
            errors.add(FieldError.of(CATEGORY, "validation.required"));
        }
        if (owner.length() > OWNER_MAX) {
            errors.add(FieldError.of(OWNER, "validation.tooLong", OWNER_MAX));
        }
        if (status == null) {
            errors.add(FieldError.of(STATUS, "validation.required"));
        }
        if (note.length() > NOTE_MAX) {
            errors.add(FieldError.of(NOTE, "validation.tooLong", NOTE_MAX));
        }
        return errors;
    }
}
