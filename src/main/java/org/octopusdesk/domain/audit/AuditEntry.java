package org.octopusdesk.domain.audit;

import java.time.Instant;
import java.util.Locale;

/**
 * One line of the audit trail: who did what to which record, and the values before and after (as
 * "field: value" lines, empty for a creation's before and a deletion's after).
 *
 * @param recordType what kind of record, e.g. "DONOR" or "RATE"
 * @param recordKey which record of that kind, e.g. a donor's id
 */
public record AuditEntry(Instant recordedAt, String actor, String recordType, String recordKey, Action action,
        String oldValues, String newValues) {

    /** What was done to the record. */
    public enum Action {
        CREATE,
        UPDATE,
        DELETE,
        IMPORT;

        public String messageKey() {
            return "audit.action." + name().toLowerCase(Locale.ROOT);
        }
    }
}
