package org.octopusdesk.domain.audit;

/**
 * An audit entry as stored: its place in the trail and its links in the chain.
 *
 * @param id the entry's number; entries are numbered 1, 2, 3... in the order they were written
 * @param previousHash the hash of the entry before it ({@link AuditHash#GENESIS} for the first), or {@code null}
 *     for an entry that was never chained
 * @param hash the hash of this entry's content and {@code previousHash}, or {@code null} if never chained
 */
public record AuditRow(long id, AuditEntry entry, String previousHash, String hash) {

    /** Whether the stored hash is still the hash of the stored content and link. */
    public boolean contentMatchesHash() {
        return hash != null && previousHash != null && hash.equals(AuditHash.of(id, entry, previousHash));
    }
}
