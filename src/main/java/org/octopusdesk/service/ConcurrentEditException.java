package org.octopusdesk.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.audit.AuditEntry;

/**
 * Someone saved the record after this edit began. The other save is kept; this one is refused, never a
 * silent overwrite. When the audit trail holds the other save, the message names who made it and when, so that
 * the person knows whom to ask on a shared database.
 */
public class ConcurrentEditException extends DomainException {

    /** From two days on the message gives the date: "today" and "yesterday" are the only words for a day. */
    private static final int DATED = 2;

    /** The record {@code what} was changed; who and when are not known (an entry older than the trail). */
    public ConcurrentEditException(String what) {
        super("error.concurrentEdit", what);
    }

    private ConcurrentEditException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    /**
     * The refusal naming the other save: its actor (the database user on a server, the operating-system user on
     * the embedded database) and its time of day in this workstation's time zone, said as today, yesterday or a
     * date. The arguments are {@code what}, the actor, the day, the time and 0, 1 or 2 for today, yesterday or
     * earlier; a clock behind the other workstation's counts its save as today.
     */
    public static ConcurrentEditException after(String what, AuditEntry other, Clock clock) {
        ZonedDateTime at = other.recordedAt().atZone(clock.getZone());
        long daysAgo = ChronoUnit.DAYS.between(at.toLocalDate(), LocalDate.now(clock));
        int when = (int) Math.max(0, Math.min(DATED, daysAgo));
        String key = other.action() == AuditEntry.Action.DELETE ? "error.concurrentEdit.deletedBy"
                : "error.concurrentEdit.changedBy";
        return new ConcurrentEditException(key, what, other.actor(), at.toLocalDate(),
                at.toLocalTime().truncatedTo(ChronoUnit.MINUTES), when);
    }
}
