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

    private final String what;
    private final String recordKey;

    /** The record {@code what} was changed; who and when are not known (an entry older than the trail). */
    public ConcurrentEditException(String what) {
        this(what, null, "error.concurrentEdit", what);
    }

    private ConcurrentEditException(String what, String recordKey, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.what = what;
        this.recordKey = recordKey;
    }

    /**
     * The record {@code what}, whose audit trail's key is {@code recordKey}, was changed: a bulk write that found it
     * changed says so, and the service that knows the trail names who changed it ({@code Auditor.conflict}).
     */
    public static ConcurrentEditException ofRecord(String what, String recordKey) {
        return new ConcurrentEditException(what, recordKey, "error.concurrentEdit", what);
    }

    /** The record's name as the message says it. */
    public String what() {
        return what;
    }

    /** The audit trail's key of the record, when the refusal knows it. */
    public java.util.Optional<String> recordKey() {
        return java.util.Optional.ofNullable(recordKey);
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
        return new ConcurrentEditException(what, null, key, what, other.actor(), at.toLocalDate(),
                at.toLocalTime().truncatedTo(ChronoUnit.MINUTES), when);
    }
}
