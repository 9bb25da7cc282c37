package org.octopusdesk.domain.project;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision that moved a project's end date, kept for ever as part of the project's history.
 *
 * @param recordedAt when it was entered in Octopus Desk
 */
public record Amendment(
        long id,
        ProjectId projectId,
        LocalDate oldEnd,
        LocalDate newEnd,
        LocalDate decidedOn,
        String reason,
        Instant recordedAt) {

    public boolean isExtension() {
        return newEnd.isAfter(oldEnd);
    }

    /** Signed change of the end in days: positive for an extension. */
    public long shiftDays() {
        return java.time.temporal.ChronoUnit.DAYS.between(oldEnd, newEnd);
    }
}
