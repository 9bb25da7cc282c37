package org.octopusdesk.service.audit;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.service.ConcurrentEditException;

/**
 * Records changes in the audit trail: when (the clock), who (the operating-system user until the application has
 * logins), and the values before and after, written as "field: value" lines.
 */
public final class Auditor {

    private final AuditTrail trail;
    private final Clock clock;
    private final Supplier<String> actor;

    public Auditor(AuditTrail trail, Clock clock, Supplier<String> actor) {
        this.trail = trail;
        this.clock = clock;
        this.actor = actor;
    }

    public void record(String recordType, String recordKey, AuditEntry.Action action, Map<String, String> before,
            Map<String, String> after) {
        trail.append(new AuditEntry(clock.instant(), actor.get(), recordType, recordKey, action, lines(before),
                lines(after)));
    }

    public java.util.List<AuditEntry> history(String recordType, String recordKey) {
        return trail.history(recordType, recordKey);
    }

    public java.util.List<AuditEntry> latest(String recordType, int limit) {
        return trail.latest(recordType, limit);
    }

    /**
     * The refusal of a save that came second: it names the last entry of the record among {@code recordTypes}
     * (who saved first, and when), or says only that the record changed when the trail has none. Read in the
     * refused save's transaction, which sees the other save once committed (both engines read committed data).
     */
    public ConcurrentEditException conflict(String what, String recordKey, String... recordTypes) {
        return trail.lastChange(java.util.List.of(recordTypes), recordKey)
                .map(other -> ConcurrentEditException.after(what, other, clock))
                .orElseGet(() -> new ConcurrentEditException(what));
    }

    /**
     * {@code changed}, a refusal of a bulk write that knows only the record, named like {@link #conflict}: who changed
     * it and when (a pledge an import pays into, changed by another workstation after the import's check read it).
     */
    public ConcurrentEditException named(ConcurrentEditException changed, String... recordTypes) {
        return changed.recordKey().map(key -> conflict(changed.what(), key, recordTypes)).orElse(changed);
    }

    /** Values in the order given, one "field: value" line each; an absent map is no values. */
    static String lines(Map<String, String> values) {
        if (values == null) {
            return "";
        }
        return new LinkedHashMap<>(values).entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining("\n"));
    }
}
