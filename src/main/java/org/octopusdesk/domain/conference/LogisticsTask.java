package org.octopusdesk.domain.conference;

import java.time.LocalDate;

/**
 * A logistics task of an edition as stored.
 *
 * @param owner who sees to it, empty until someone is named
 * @param due the day it is due, or {@code null} when none is set
 */
public record LogisticsTask(LogisticsTaskId id, ConferenceId conference, String title, LogisticsCategory category,
        String owner, LocalDate due, LogisticsStatus status, String note) {

    /** Unfinished with its due date before {@code today}: the due day itself is not late yet. */
    public boolean isOverdueOn(LocalDate today) {
        return status.isUnfinished() && due != null && due.isBefore(today);
    }

    public LogisticsTaskDraft toDraft() {
        return new LogisticsTaskDraft(title, category, owner, due, status, note);
    }
}
