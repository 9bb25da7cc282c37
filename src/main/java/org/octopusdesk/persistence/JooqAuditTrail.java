package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.AUDIT_ENTRY;

import java.util.List;
import org.jooq.DSLContext;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.persistence.generated.tables.records.AuditEntryRecord;
import org.octopusdesk.service.audit.AuditTrail;

/** The audit trail in H2: inserts and reads only; this class has no update or delete on purpose. */
public final class JooqAuditTrail implements AuditTrail {

    private static final int TEXT_MAX = 4000;

    private final DSLContext dsl;

    JooqAuditTrail(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void append(AuditEntry entry) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.RECORDED_AT, Timestamps.utc(entry.recordedAt()))
                .set(AUDIT_ENTRY.ACTOR, clip(entry.actor(), 100))
                .set(AUDIT_ENTRY.RECORD_TYPE, entry.recordType())
                .set(AUDIT_ENTRY.RECORD_KEY, entry.recordKey())
                .set(AUDIT_ENTRY.ACTION, entry.action().name())
                .set(AUDIT_ENTRY.OLD_VALUES, clip(entry.oldValues(), TEXT_MAX))
                .set(AUDIT_ENTRY.NEW_VALUES, clip(entry.newValues(), TEXT_MAX))
                .execute();
    }

    @Override
    public List<AuditEntry> history(String recordType, String recordKey) {
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.RECORD_TYPE.eq(recordType), AUDIT_ENTRY.RECORD_KEY.eq(recordKey))
                .orderBy(AUDIT_ENTRY.RECORDED_AT, AUDIT_ENTRY.ID)
                .fetch(JooqAuditTrail::toEntry);
    }

    @Override
    public List<AuditEntry> latest(String recordType, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.RECORD_TYPE.eq(recordType))
                .orderBy(AUDIT_ENTRY.RECORDED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(JooqAuditTrail::toEntry);
    }

    /** Very long notes are cut, marked with an ellipsis, rather than lose the whole entry. */
    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static AuditEntry toEntry(AuditEntryRecord record) {
        return new AuditEntry(record.getRecordedAt().toInstant(), record.getActor(), record.getRecordType(),
                record.getRecordKey(), AuditEntry.Action.valueOf(record.getAction()), record.getOldValues(),
                record.getNewValues());
    }
}
