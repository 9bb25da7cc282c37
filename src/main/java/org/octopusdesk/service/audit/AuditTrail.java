package org.octopusdesk.service.audit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.audit.AuditRow;

/**
 * Where the audit trail is kept: entries are appended and read, never changed or removed. Each appended entry is
 * numbered after the last one and chained to it by hash (see {@link org.octopusdesk.domain.audit.AuditHash}).
 */
public interface AuditTrail {

    /**
     * Appends the entry inside the caller's transaction, so the change and its trace are saved together. Appends
     * of two transactions are serialised: the second waits until the first ends.
     *
     * @throws IllegalStateException if the entries written before the chain existed are not chained yet
     */
    void append(AuditEntry entry);

    /** The entries of one record, oldest first. */
    List<AuditEntry> history(String recordType, String recordKey);

    /**
     * The newest entry of one record among the given record types (a pledge's own entries and its payments'), to
     * say who changed it last; empty when it has none.
     */
    Optional<AuditEntry> lastChange(java.util.Collection<String> recordTypes, String recordKey);

    /** The entries of every record of a type, newest first, at most {@code limit}. */
    List<AuditEntry> latest(String recordType, int limit);

    /** The newest entries, newest first, of one record type and key when given ({@code null}: any). */
    List<AuditRow> search(String recordType, String recordKey, int limit);

    /** The record types that have entries, in alphabetical order. */
    List<String> recordTypes();

    /** Up to {@code size} entries with a number above {@code afterId}, in number order. */
    List<AuditRow> page(long afterId, int size);

    /** How many entries the trail holds. */
    long count();

    /** The number of the first entry of one record, if it has any. */
    OptionalLong firstEntryOf(String recordType, String recordKey);

    /**
     * Chains, in number order, the entries written before the trail was chained, once; nothing when that is done.
     *
     * @return how many entries were chained, and their numbers; empty if the chain was already started
     */
    Optional<EarlierEntries> chainEarlierEntries();

    /**
     * Entries that existed before the chain, chained when it started.
     *
     * @param count how many there were (0 in a database created with the chain)
     * @param firstId the first one's number, 0 if there were none
     * @param lastId the last one's number, 0 if there were none
     */
    record EarlierEntries(long count, long firstId, long lastId) {
    }
}
