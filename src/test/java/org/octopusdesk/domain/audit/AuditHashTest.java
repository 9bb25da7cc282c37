package org.octopusdesk.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AuditHashTest {

    private static final Instant WHEN = Instant.parse("2020-10-19T10:00:00.123456Z");
    private static final AuditEntry ENTRY = new AuditEntry(WHEN, "assistant", "DONOR", "12",
            AuditEntry.Action.UPDATE, "donor.name: Canada", "donor.name: Canada – Affaires mondiales");

    @Test
    void encodesEveryFieldWithItsLengthInBytes() {
        assertThat(new String(AuditHash.encode(7, ENTRY, AuditHash.GENESIS), StandardCharsets.UTF_8))
                .isEqualTo("27:octopus-desk audit entry v1,1:7,27:2020-10-19T10:00:00.123456Z,9:assistant,5:DONOR,"
                        + "2:12,6:UPDATE,18:donor.name: Canada,41:donor.name: Canada – Affaires mondiales,64:"
                        + AuditHash.GENESIS + ",");
    }

    /** Computed outside Java (Python's hashlib over the encoding above), so the hash can be checked by others. */
    @Test
    void isTheSha256OfThatEncodingInLowerCaseHex() {
        assertThat(AuditHash.of(7, ENTRY, AuditHash.GENESIS))
                .isEqualTo("d0c78011535a6f21d22a97910998b442362ea2df0bc3196fa2f737cd51384bc8");
    }

    @Test
    void movingTextAcrossAFieldBoundaryChangesTheHash() {
        AuditEntry actorAb = new AuditEntry(WHEN, "ab", "c", "1", AuditEntry.Action.CREATE, "", "x");
        AuditEntry actorA = new AuditEntry(WHEN, "a", "bc", "1", AuditEntry.Action.CREATE, "", "x");
        AuditEntry valuesBefore = new AuditEntry(WHEN, "a", "T", "1", AuditEntry.Action.UPDATE, "k: 1\nk: 2", "");
        AuditEntry valuesSplit = new AuditEntry(WHEN, "a", "T", "1", AuditEntry.Action.UPDATE, "k: 1", "\nk: 2");
        // A separator typed inside a value cannot pass for a boundary either.
        AuditEntry commaInside = new AuditEntry(WHEN, "a,1:b", "T", "1", AuditEntry.Action.CREATE, "", "");
        AuditEntry commaOutside = new AuditEntry(WHEN, "a", "b,1:T", "1", AuditEntry.Action.CREATE, "", "");

        assertThat(AuditHash.of(1, actorAb, AuditHash.GENESIS))
                .isNotEqualTo(AuditHash.of(1, actorA, AuditHash.GENESIS));
        assertThat(AuditHash.of(1, valuesBefore, AuditHash.GENESIS))
                .isNotEqualTo(AuditHash.of(1, valuesSplit, AuditHash.GENESIS));
        assertThat(AuditHash.of(1, commaInside, AuditHash.GENESIS))
                .isNotEqualTo(AuditHash.of(1, commaOutside, AuditHash.GENESIS));
    }

    @Test
    void everyFieldAndTheLinkCountTowardTheHash() {
        String original = AuditHash.of(7, ENTRY, AuditHash.GENESIS);
        List<UnaryOperator<AuditEntry>> changes = List.of(
                e -> new AuditEntry(e.recordedAt().plusNanos(1_000), e.actor(), e.recordType(), e.recordKey(),
                        e.action(), e.oldValues(), e.newValues()),
                e -> new AuditEntry(e.recordedAt(), "someone", e.recordType(), e.recordKey(), e.action(),
                        e.oldValues(), e.newValues()),
                e -> new AuditEntry(e.recordedAt(), e.actor(), "PAYMENT", e.recordKey(), e.action(),
                        e.oldValues(), e.newValues()),
                e -> new AuditEntry(e.recordedAt(), e.actor(), e.recordType(), "13", e.action(),
                        e.oldValues(), e.newValues()),
                e -> new AuditEntry(e.recordedAt(), e.actor(), e.recordType(), e.recordKey(),
                        AuditEntry.Action.DELETE, e.oldValues(), e.newValues()),
                e -> new AuditEntry(e.recordedAt(), e.actor(), e.recordType(), e.recordKey(), e.action(),
                        "donor.name: Canad", e.newValues()),
                e -> new AuditEntry(e.recordedAt(), e.actor(), e.recordType(), e.recordKey(), e.action(),
                        e.oldValues(), "donor.name: Canada"));
        for (UnaryOperator<AuditEntry> change : changes) {
            assertThat(AuditHash.of(7, change.apply(ENTRY), AuditHash.GENESIS)).isNotEqualTo(original);
        }
        assertThat(AuditHash.of(8, ENTRY, AuditHash.GENESIS)).isNotEqualTo(original);
        assertThat(AuditHash.of(7, ENTRY, "1" + AuditHash.GENESIS.substring(1))).isNotEqualTo(original);
    }

    /** The database keeps microseconds: what a finer clock adds must not make a stored entry look altered. */
    @Test
    void aMomentCountsToTheMicrosecond() {
        AuditEntry finer = new AuditEntry(WHEN.plusNanos(789), ENTRY.actor(), ENTRY.recordType(), ENTRY.recordKey(),
                ENTRY.action(), ENTRY.oldValues(), ENTRY.newValues());
        assertThat(AuditHash.of(7, finer, AuditHash.GENESIS)).isEqualTo(AuditHash.of(7, ENTRY, AuditHash.GENESIS));
        assertThat(AuditHash.stored(WHEN.plusNanos(789))).isEqualTo(WHEN);
    }

    @Test
    void aRowKnowsWhetherItsContentStillMatchesItsHash() {
        String hash = AuditHash.of(7, ENTRY, AuditHash.GENESIS);
        assertThat(new AuditRow(7, ENTRY, AuditHash.GENESIS, hash).contentMatchesHash()).isTrue();
        assertThat(new AuditRow(8, ENTRY, AuditHash.GENESIS, hash).contentMatchesHash()).isFalse();
        assertThat(new AuditRow(7, ENTRY, null, null).contentMatchesHash()).isFalse();
    }

    @Test
    void eachKindOfBreakHasItsMessageKey() {
        assertThat(ChainBreak.Kind.CONTENT_ALTERED.messageKey()).isEqualTo("audit.break.contentAltered");
        assertThat(ChainBreak.Kind.END_MISSING.messageKey()).isEqualTo("audit.break.endMissing");
    }
}
