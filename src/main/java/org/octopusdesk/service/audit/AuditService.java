package org.octopusdesk.service.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.audit.AuditRow;
import org.octopusdesk.service.PreferenceStore;
import org.octopusdesk.service.Transactions;

/**
 * The audit trail as a whole: its latest entries for a person to read, and the proof that none was changed or
 * removed since it was written (see docs/decisions/0011-audit-chain.md).
 */
public final class AuditService {

    /** The entry that says where the chain starts is the trail's own: record type and key. */
    public static final String CHAIN_RECORD_TYPE = "AUDIT_TRAIL";
    public static final String CHAIN_RECORD_KEY = "chain";
    /** The most entries a list shows at once. */
    public static final int MAX_LISTED = 1_000;
    static final String CHECKPOINT_GROUP = "audit-checkpoint";

    private final AuditTrail trail;
    private final Transactions transactions;
    private final Auditor auditor;
    private final PreferenceStore checkpoints;
    private final Clock clock;
    private final AuditVerifier verifier;

    /**
     * @param checkpoints where the last verified entry is remembered on this workstation, so that a later
     *     verification notices the removal of the last entries
     */
    public AuditService(AuditTrail trail, Transactions transactions, Auditor auditor, PreferenceStore checkpoints,
            Clock clock) {
        this.trail = trail;
        this.transactions = transactions;
        this.auditor = auditor;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.verifier = new AuditVerifier(trail, transactions);
    }

    /**
     * Chains the entries written before the trail was chained, in number order, and records in the trail's own
     * entry how many there were; does nothing once done. Called when the data folder is opened, before any change.
     */
    public void startChain() {
        transactions.inTransaction(() -> trail.chainEarlierEntries().ifPresent(earlier -> {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("audit.chain.earlierEntries", Long.toString(earlier.count()));
            if (earlier.count() > 0) {
                values.put("audit.chain.earlierNumbers", earlier.firstId() + "–" + earlier.lastId());
            }
            auditor.record(CHAIN_RECORD_TYPE, CHAIN_RECORD_KEY, AuditEntry.Action.CREATE, null, values);
        }));
    }

    /**
     * The newest entries, newest first.
     *
     * @param recordType only this record type, or {@code null} for all
     * @param recordKey only this record, or {@code null} for all
     * @param limit at most this many, and never more than {@link #MAX_LISTED}
     */
    public List<AuditRow> latest(String recordType, String recordKey, int limit) {
        int bounded = Math.max(1, Math.min(limit, MAX_LISTED));
        return transactions.inTransaction(() -> trail.search(blankToNull(recordType), blankToNull(recordKey),
                bounded));
    }

    /** The record types that have entries, in alphabetical order. */
    public List<String> recordTypes() {
        return transactions.inTransaction(trail::recordTypes);
    }

    /**
     * Walks the whole trail and says whether it is intact or where it first breaks. An intact trail's last entry is
     * remembered, so that the next verification also notices entries removed from its end.
     *
     * @param progress told the share of entries checked, from 0 to 1
     */
    public AuditVerification verify(DoubleConsumer progress) {
        AuditVerification result = verifier.verify(lastCheckpoint(), progress);
        if (result.intact() && result.lastId() > 0) {
            checkpoints.save(CHECKPOINT_GROUP, Map.of("entryId", Long.toString(result.lastId()),
                    "hash", result.lastHash(), "verifiedAt", clock.instant().toString()));
        }
        return result;
    }

    /** The last entry an earlier verification found intact, or {@code null} if there is none to compare with. */
    public AuditCheckpoint lastCheckpoint() {
        Map<String, String> values = checkpoints.load(CHECKPOINT_GROUP);
        try {
            return new AuditCheckpoint(Long.parseLong(values.get("entryId")), values.get("hash").trim(),
                    Instant.parse(values.get("verifiedAt")));
        } catch (RuntimeException absentOrDamaged) {
            // NumberFormatException, DateTimeParseException or a missing key: the check then relies on the chain.
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
