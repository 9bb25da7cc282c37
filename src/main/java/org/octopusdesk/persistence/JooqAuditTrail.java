package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.AUDIT_CHAIN_HEAD;
import static org.octopusdesk.persistence.generated.Tables.AUDIT_ENTRY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.audit.AuditHash;
import org.octopusdesk.domain.audit.AuditRow;
import org.octopusdesk.persistence.generated.tables.records.AuditEntryRecord;
import org.octopusdesk.service.audit.AuditTrail;

/**
 * The audit trail in H2: inserts and reads only; this class has no update or delete of an entry on purpose. The
 * one exception is {@link #chainEarlierEntries()}, which fills in the hashes of entries written before version 8,
 * once.
 */
public final class JooqAuditTrail implements AuditTrail {

    private static final int TEXT_MAX = 4000;
    private static final int ACTOR_MAX = 100;
    private static final int CHAINING_PAGE = 500;
    private static final int HEAD = 1;

    private final DSLContext dsl;

    JooqAuditTrail(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void append(AuditEntry entry) {
        AuditEntry stored = new AuditEntry(AuditHash.stored(entry.recordedAt()), clip(entry.actor(), ACTOR_MAX),
                entry.recordType(), entry.recordKey(), entry.action(), clip(entry.oldValues(), TEXT_MAX),
                clip(entry.newValues(), TEXT_MAX));
        // Updating the head first takes its row lock until this transaction ends: another transaction's append
        // waits here, then numbers its entry after this one. One statement numbers the entry and reads the link.
        Record2<Long, String> head = dsl.update(AUDIT_CHAIN_HEAD)
                .set(AUDIT_CHAIN_HEAD.LAST_ID, AUDIT_CHAIN_HEAD.LAST_ID.plus(1))
                .where(AUDIT_CHAIN_HEAD.ID.eq(HEAD), AUDIT_CHAIN_HEAD.LAST_HASH.isNotNull())
                .returningResult(AUDIT_CHAIN_HEAD.LAST_ID, AUDIT_CHAIN_HEAD.LAST_HASH)
                .fetchOne();
        if (head == null) {
            throw new IllegalStateException("The audit trail is not chained yet: start the chain before appending");
        }
        long id = head.value1();
        String hash = AuditHash.of(id, stored, head.value2());
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.ID, id)
                .set(AUDIT_ENTRY.RECORDED_AT, Timestamps.utc(stored.recordedAt()))
                .set(AUDIT_ENTRY.ACTOR, stored.actor())
                .set(AUDIT_ENTRY.RECORD_TYPE, stored.recordType())
                .set(AUDIT_ENTRY.RECORD_KEY, stored.recordKey())
                .set(AUDIT_ENTRY.ACTION, stored.action().name())
                .set(AUDIT_ENTRY.OLD_VALUES, stored.oldValues())
                .set(AUDIT_ENTRY.NEW_VALUES, stored.newValues())
                .set(AUDIT_ENTRY.PREV_HASH, head.value2())
                .set(AUDIT_ENTRY.ROW_HASH, hash)
                .execute();
        dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_HASH, hash).where(AUDIT_CHAIN_HEAD.ID.eq(HEAD))
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
    public Optional<AuditEntry> lastChange(java.util.Collection<String> recordTypes, String recordKey) {
        // The entries' numbers follow the chain, so the highest is the last written even when two clocks differ.
        return dsl.selectFrom(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.RECORD_TYPE.in(recordTypes), AUDIT_ENTRY.RECORD_KEY.eq(recordKey))
                .orderBy(AUDIT_ENTRY.ID.desc()).limit(1)
                .fetchOptional(JooqAuditTrail::toEntry);
    }

    @Override
    public List<AuditEntry> latest(String recordType, int limit) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.RECORD_TYPE.eq(recordType))
                .orderBy(AUDIT_ENTRY.RECORDED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(JooqAuditTrail::toEntry);
    }

    @Override
    public List<AuditRow> search(String recordType, String recordKey, int limit) {
        Condition condition = DSL.noCondition();
        if (recordType != null) {
            condition = condition.and(AUDIT_ENTRY.RECORD_TYPE.eq(recordType));
        }
        if (recordKey != null) {
            condition = condition.and(AUDIT_ENTRY.RECORD_KEY.eq(recordKey));
        }
        return dsl.selectFrom(AUDIT_ENTRY).where(condition).orderBy(AUDIT_ENTRY.ID.desc()).limit(limit)
                .fetch(JooqAuditTrail::toRow);
    }

    @Override
    public List<String> recordTypes() {
        return dsl.selectDistinct(AUDIT_ENTRY.RECORD_TYPE).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.RECORD_TYPE)
                .fetch(AUDIT_ENTRY.RECORD_TYPE);
    }

    @Override
    public List<AuditRow> page(long afterId, int size) {
        return dsl.selectFrom(AUDIT_ENTRY).where(AUDIT_ENTRY.ID.gt(afterId)).orderBy(AUDIT_ENTRY.ID).limit(size)
                .fetch(JooqAuditTrail::toRow);
    }

    @Override
    public long count() {
        return dsl.fetchCount(AUDIT_ENTRY);
    }

    @Override
    public OptionalLong firstEntryOf(String recordType, String recordKey) {
        Long id = dsl.select(DSL.min(AUDIT_ENTRY.ID)).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.RECORD_TYPE.eq(recordType), AUDIT_ENTRY.RECORD_KEY.eq(recordKey))
                .fetchOne(0, Long.class);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public Optional<EarlierEntries> chainEarlierEntries() {
        // The head's lock keeps a second process-local caller out until this one has finished.
        int taken = dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_ID, AUDIT_CHAIN_HEAD.LAST_ID)
                .where(AUDIT_CHAIN_HEAD.ID.eq(HEAD), AUDIT_CHAIN_HEAD.LAST_HASH.isNull())
                .execute();
        if (taken == 0) {
            return Optional.empty();
        }
        long upTo = dsl.select(AUDIT_CHAIN_HEAD.LAST_ID).from(AUDIT_CHAIN_HEAD).where(AUDIT_CHAIN_HEAD.ID.eq(HEAD))
                .fetchSingle().value1();
        String previous = AuditHash.GENESIS;
        long count = 0;
        long first = 0;
        long after = 0;
        while (true) {
            List<AuditRow> rows = dsl.selectFrom(AUDIT_ENTRY)
                    .where(AUDIT_ENTRY.ID.gt(after), AUDIT_ENTRY.ID.le(upTo)).orderBy(AUDIT_ENTRY.ID)
                    .limit(CHAINING_PAGE).fetch(JooqAuditTrail::toRow);
            if (rows.isEmpty()) {
                break;
            }
            List<org.jooq.Query> updates = new ArrayList<>(rows.size());
            for (AuditRow row : rows) {
                String hash = AuditHash.of(row.id(), row.entry(), previous);
                updates.add(dsl.update(AUDIT_ENTRY).set(AUDIT_ENTRY.PREV_HASH, previous)
                        .set(AUDIT_ENTRY.ROW_HASH, hash).where(AUDIT_ENTRY.ID.eq(row.id())));
                previous = hash;
                first = count == 0 ? row.id() : first;
                count++;
            }
            dsl.batch(updates).execute();
            after = rows.get(rows.size() - 1).id();
        }
        dsl.update(AUDIT_CHAIN_HEAD).set(AUDIT_CHAIN_HEAD.LAST_HASH, previous).where(AUDIT_CHAIN_HEAD.ID.eq(HEAD))
                .execute();
        return Optional.of(new EarlierEntries(count, first, count == 0 ? 0 : after));
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

    private static AuditRow toRow(AuditEntryRecord record) {
        return new AuditRow(record.getId(), toEntry(record), record.getPrevHash(), record.getRowHash());
    }
}
