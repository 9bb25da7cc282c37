package org.octopusdesk.service.audit;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.DoubleConsumer;
import org.octopusdesk.domain.audit.AuditHash;
import org.octopusdesk.domain.audit.AuditRow;
import org.octopusdesk.domain.audit.ChainBreak;
import org.octopusdesk.service.Transactions;

/**
 * Walks the audit trail in number order, a page at a time (a million entries are never in memory together), and
 * finds the first entry whose content, number or link to the entry before it is not what was written.
 */
public final class AuditVerifier {

    static final int PAGE_SIZE = 1_000;

    private final AuditTrail trail;
    private final Transactions transactions;

    public AuditVerifier(AuditTrail trail, Transactions transactions) {
        this.trail = trail;
        this.transactions = transactions;
    }

    /**
     * Verifies the whole trail.
     *
     * @param checkpoint the last entry a previous verification found, or {@code null}
     * @param progress told the share of entries checked, from 0 to 1
     */
    public AuditVerification verify(AuditCheckpoint checkpoint, DoubleConsumer progress) {
        long total = transactions.inTransaction(trail::count);
        OptionalLong start = transactions.inTransaction(
                () -> trail.firstEntryOf(AuditService.CHAIN_RECORD_TYPE, AuditService.CHAIN_RECORD_KEY));
        Walk walk = new Walk(start.orElse(Long.MAX_VALUE), checkpoint);
        progress.accept(0);
        List<AuditRow> page = transactions.inTransaction(() -> trail.page(0, PAGE_SIZE));
        if (!page.isEmpty() && start.isEmpty()) {
            return walk.result(new ChainBreak(ChainBreak.Kind.START_MISSING, page.get(0).id(), 0));
        }
        while (!page.isEmpty()) {
            for (AuditRow row : page) {
                Optional<ChainBreak> broken = walk.check(row);
                if (broken.isPresent()) {
                    return walk.result(broken.get());
                }
            }
            progress.accept(total == 0 ? 1 : Math.min(1.0, (double) walk.verified / total));
            long after = walk.lastId;
            page = transactions.inTransaction(() -> trail.page(after, PAGE_SIZE));
        }
        progress.accept(1);
        if (checkpoint != null && checkpoint.entryId() > walk.lastId) {
            return walk.result(new ChainBreak(ChainBreak.Kind.END_MISSING, walk.lastId, checkpoint.entryId()));
        }
        return walk.result(null);
    }

    /** The state of one walk: the last intact entry, and where gaps in numbers are expected. */
    private static final class Walk {

        /** Entries before the chain started may have gaps: a rolled-back transaction used up its numbers. */
        private final long chainStartId;
        private final AuditCheckpoint checkpoint;
        private long verified;
        private long lastId;
        private String lastHash = AuditHash.GENESIS;

        Walk(long chainStartId, AuditCheckpoint checkpoint) {
            this.chainStartId = chainStartId;
            this.checkpoint = checkpoint;
        }

        Optional<ChainBreak> check(AuditRow row) {
            ChainBreak.Kind kind = null;
            if (row.hash() == null || row.previousHash() == null) {
                kind = ChainBreak.Kind.NOT_CHAINED;
            } else if (row.id() >= chainStartId && lastId > 0 && row.id() != lastId + 1) {
                kind = ChainBreak.Kind.ENTRIES_MISSING;
            } else if (!row.previousHash().equals(lastHash)) {
                kind = ChainBreak.Kind.LINK_BROKEN;
            } else if (!row.contentMatchesHash()) {
                kind = ChainBreak.Kind.CONTENT_ALTERED;
            } else if (differsFromCheckpoint(row)) {
                kind = ChainBreak.Kind.REWRITTEN;
            }
            if (kind != null) {
                return Optional.of(new ChainBreak(kind, row.id(), lastId));
            }
            verified++;
            lastId = row.id();
            lastHash = row.hash();
            return Optional.empty();
        }

        /** A rewritten entry whose hash was computed anew still differs from the hash seen last time. */
        private boolean differsFromCheckpoint(AuditRow row) {
            return checkpoint != null && row.id() == checkpoint.entryId() && !row.hash().equals(checkpoint.hash());
        }

        AuditVerification result(ChainBreak broken) {
            return new AuditVerification(verified, lastId, lastId == 0 ? "" : lastHash, Optional.ofNullable(broken));
        }
    }
}
