package org.octopusdesk.domain.conference;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/**
 * What a person enters for a task of the checklist template.
 *
 * @param offsetDays days from the edition's first day, negative before it; {@code null} when not given
 */
public record ChecklistItemDraft(String title, LogisticsCategory category, String owner, Integer offsetDays) {

    public static final String TITLE = "title";
    public static final String CATEGORY = "category";
    public static final String OWNER = "owner";
    public static final String OFFSET = "offsetDays";
    /** Two years ahead is as early as any booking is made; a year after covers the closing of accounts. */
    public static final int EARLIEST = -730;
    public static final int LATEST = 365;

    public ChecklistItemDraft {
        title = title == null ? "" : title.strip();
        owner = owner == null ? "" : owner.strip();
    }

    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (title.isEmpty()) {
            errors.add(FieldError.of(TITLE, "validation.required"));
        } else if (title.length() > LogisticsTaskDraft.TITLE_MAX) {
            errors.add(FieldError.of(TITLE, "validation.tooLong", LogisticsTaskDraft.TITLE_MAX));
        }
        if (category == null) {
            errors.add(FieldError.of(CATEGORY, "validation.required"));
        }
        if (owner.length() > LogisticsTaskDraft.OWNER_MAX) {
            errors.add(FieldError.of(OWNER, "validation.tooLong", LogisticsTaskDraft.OWNER_MAX));
        }
        if (offsetDays == null) {
            errors.add(FieldError.of(OFFSET, "validation.required"));
        } else if (offsetDays < EARLIEST || offsetDays > LATEST) {
            errors.add(FieldError.of(OFFSET, "validation.checklist.offsetRange", EARLIEST, LATEST));
        }
        return errors;
    }
}
