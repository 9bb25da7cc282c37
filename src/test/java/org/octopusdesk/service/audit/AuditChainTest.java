package org.octopusdesk.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.audit.AuditHash;
import org.octopusdesk.domain.audit.AuditRow;
import org.octopusdesk.domain.audit.ChainBreak;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.i18n.AuditText;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.Database;
import org.octopusdesk.persistence.TestDatabase;

/**
 * The chained audit trail on the real database: entries written through the services, then changed or removed
 * with SQL as a person with the database file could, and the verification naming the first entry that breaks.
 */
class AuditChainTest {

    private static final Messages ENGLISH = Messages.forLanguage("en");

    @TempDir
    Path folder;

    /** Entries 1 (the chain's start), 2 to 4 (three donors created), 5 (one renamed) and 6 (one deleted). */
    private static void sixEntries(TestDatabase database) {
        Donor canada = database.donors().create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""));
        Donor japan = database.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
        database.donors().create(new DonorDraft("Microsoft", DonorKind.PRIVATE_COMPANY, "", ""));
        database.donors().update(canada.id(), canada.version(),
                new DonorDraft("Canada – Global Affairs", DonorKind.STATE_PARTY, "Canada", ""));
        database.donors().delete(japan.id(), japan.version());
    }

    private static ChainBreak brokenAt(TestDatabase database) {
        AuditVerification result = database.audit().verify(share -> { });
        assertThat(result.intact()).as("the trail should be broken").isFalse();
        return result.broken().orElseThrow();
    }

    @Test
    void anUntouchedTrailIsIntactAndEndsWithTheLastEntrysHash() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            List<Double> progress = new ArrayList<>();

            AuditVerification result = database.audit().verify(progress::add);

            assertThat(result.intact()).isTrue();
            assertThat(result.verified()).isEqualTo(6);
            assertThat(result.lastId()).isEqualTo(6);
            assertThat(result.lastHash()).hasSize(64)
                    .isEqualTo(database.audit().latest(null, null, 1).get(0).hash());
            assertThat(progress).isSortedAccordingTo(Double::compare).startsWith(0.0).endsWith(1.0);
            assertThat(ENGLISH.text("audit.verify.intact", result.verified(), result.lastHash(), "6"))
                    .startsWith("6 entries verified, chain intact, last hash " + result.lastHash());
        }
    }

    @Test
    void theChainStartsWithTheTrailsOwnEntryAndEveryEntryLinksToThePreviousOne() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            List<AuditRow> rows = oldestFirst(database);

            assertThat(rows).extracting(AuditRow::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(rows.get(0).entry().recordType()).isEqualTo(AuditService.CHAIN_RECORD_TYPE);
            assertThat(rows.get(0).entry().newValues()).isEqualTo("audit.chain.earlierEntries: 0");
            assertThat(rows.get(0).previousHash()).isEqualTo(AuditHash.GENESIS);
            for (int i = 1; i < rows.size(); i++) {
                assertThat(rows.get(i).previousHash()).isEqualTo(rows.get(i - 1).hash());
                assertThat(rows.get(i).contentMatchesHash()).isTrue();
            }
            database.audit().startChain();
            assertThat(database.audit().latest(null, null, 100)).hasSize(6);
        }
    }

    @Test
    void valuesChangedWithSqlAreNamedAtTheirEntry() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            database.execute("UPDATE audit_entry SET new_values = 'donor.name: Canada (corrected)' WHERE id = 3");

            ChainBreak broken = brokenAt(database);

            assertThat(broken).isEqualTo(new ChainBreak(ChainBreak.Kind.CONTENT_ALTERED, 3, 2));
            assertThat(database.audit().verify(share -> { }).verified()).isEqualTo(2);
            assertThat(AuditText.describe(broken, ENGLISH)).isEqualTo(
                    "Entry 3 was changed after it was written: its content no longer matches its hash.");
        }
    }

    @Test
    void aChangedAuthorOrMomentIsNamedToo() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            database.execute("UPDATE audit_entry SET recorded_at = recorded_at - INTERVAL '1' SECOND WHERE id = 6");
            assertThat(brokenAt(database)).isEqualTo(new ChainBreak(ChainBreak.Kind.CONTENT_ALTERED, 6, 5));
            database.execute("UPDATE audit_entry SET actor = 'someone else' WHERE id = 4");
            assertThat(brokenAt(database)).isEqualTo(new ChainBreak(ChainBreak.Kind.CONTENT_ALTERED, 4, 3));
        }
    }

    @Test
    void aDeletedEntryIsNamedByTheEntryAfterTheGap() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            database.execute("DELETE FROM audit_entry WHERE id = 4");

            ChainBreak broken = brokenAt(database);

            assertThat(broken).isEqualTo(new ChainBreak(ChainBreak.Kind.ENTRIES_MISSING, 5, 3));
            assertThat(AuditText.describe(broken, ENGLISH)).isEqualTo("Entry 5 follows entry 3: entry 4 was removed.");
            database.execute("DELETE FROM audit_entry WHERE id = 3");
            assertThat(AuditText.describe(brokenAt(database), Messages.forLanguage("fr")))
                    .isEqualTo("L’entrée 5 suit l’entrée 2 : les entrées 3 à 4 ont été supprimées.");
        }
    }

    /**
     * The chain alone cannot see that its last entries were removed: what is left is a whole, shorter chain. The
     * last hash printed by a verification, or the checkpoint it leaves on this workstation, can.
     */
    @Test
    void aRemovedLastEntryIsSeenOnlyAgainstAnEarlierVerification() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            database.execute("DELETE FROM audit_entry WHERE id = 6");
            AuditVerification withoutCheckpoint = database.audit().verify(share -> { });
            assertThat(withoutCheckpoint.intact()).isTrue();
            assertThat(withoutCheckpoint.verified()).isEqualTo(5);
        }
        Path other = folder.resolve("checked");
        try (TestDatabase database = new TestDatabase(other)) {
            sixEntries(database);
            assertThat(database.audit().verify(share -> { }).intact()).isTrue();
            assertThat(database.audit().lastCheckpoint().entryId()).isEqualTo(6);
            database.execute("DELETE FROM audit_entry WHERE id IN (5, 6)");

            ChainBreak broken = brokenAt(database);

            assertThat(broken).isEqualTo(new ChainBreak(ChainBreak.Kind.END_MISSING, 4, 6));
            assertThat(AuditText.describe(broken, ENGLISH)).isEqualTo("The trail ends at entry 4, but the last "
                    + "verification saw entry 6: the entries after 4 were removed.");
        }
    }

    @Test
    void anEntryRewrittenWithANewHashBreaksTheLinkOfTheNextOne() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            rewrite(database, 3);
            assertThat(brokenAt(database)).isEqualTo(new ChainBreak(ChainBreak.Kind.LINK_BROKEN, 4, 3));
        }
    }

    @Test
    void theLastEntryRewrittenWithANewHashIsSeenAgainstTheCheckpoint() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            assertThat(database.audit().verify(share -> { }).intact()).isTrue();
            rewrite(database, 6);
            assertThat(brokenAt(database)).isEqualTo(new ChainBreak(ChainBreak.Kind.REWRITTEN, 6, 5));
        }
    }

    /** What a careful forger does: changes the values and computes the entry's hash anew. */
    private static void rewrite(TestDatabase database, long id) {
        AuditRow row = database.audit().latest(null, null, 100).stream().filter(each -> each.id() == id)
                .findFirst().orElseThrow();
        AuditEntry entry = row.entry();
        AuditEntry forged = new AuditEntry(entry.recordedAt(), entry.actor(), entry.recordType(), entry.recordKey(),
                entry.action(), entry.oldValues(), entry.newValues() + " (forged)");
        database.execute("UPDATE audit_entry SET new_values = ?, row_hash = ? WHERE id = ?", forged.newValues(),
                AuditHash.of(id, forged, row.previousHash()), id);
    }

    @Test
    void anEntryAddedWithSqlHasNoHash() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            database.execute("INSERT INTO audit_entry (id, recorded_at, actor, record_type, record_key, action) "
                    + "VALUES (7, CURRENT_TIMESTAMP, 'someone', 'DONOR', '9', 'CREATE')");
            assertThat(brokenAt(database)).isEqualTo(new ChainBreak(ChainBreak.Kind.NOT_CHAINED, 7, 6));
        }
    }

    @Test
    void aRemovedStartOfTheChainIsNamed() {
        try (TestDatabase database = new TestDatabase(folder)) {
            sixEntries(database);
            database.execute("DELETE FROM audit_entry WHERE id = 1");
            assertThat(brokenAt(database)).isEqualTo(new ChainBreak(ChainBreak.Kind.START_MISSING, 2, 0));
        }
    }

    @Test
    void theWalkGoesPageByPageAndNamesABreakFarDown() {
        try (TestDatabase database = new TestDatabase(folder)) {
            Auditor auditor = auditor(database);
            database.database().transactions().inTransaction(() -> {
                for (int i = 1; i <= 2 * AuditVerifier.PAGE_SIZE + 500; i++) {
                    auditor.record("DONOR", Integer.toString(i), AuditEntry.Action.CREATE, null,
                            java.util.Map.of("donor.name", "Donor " + i));
                }
            });
            assertThat(database.audit().verify(share -> { }).verified()).isEqualTo(2 * AuditVerifier.PAGE_SIZE + 501);

            database.execute("UPDATE audit_entry SET record_key = '0' WHERE id = 2345");
            assertThat(brokenAt(database)).isEqualTo(new ChainBreak(ChainBreak.Kind.CONTENT_ALTERED, 2345, 2344));
        }
    }

    @Test
    void appendsOfConcurrentTransactionsFollowOneAnother() throws Exception {
        try (TestDatabase database = new TestDatabase(folder)) {
            Auditor auditor = auditor(database);
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int writer = 0; writer < 4; writer++) {
                    String key = "writer " + writer;
                    writers.add(threads.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            database.database().transactions().inTransaction(() -> auditor.record("DONOR", key,
                                    AuditEntry.Action.UPDATE, java.util.Map.of("n", "0"), java.util.Map.of("n", "1")));
                        }
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get();
                }
            } finally {
                threads.shutdown();
            }

            AuditVerification result = database.audit().verify(share -> { });
            assertThat(result.intact()).isTrue();
            assertThat(result.verified()).isEqualTo(201);
            assertThat(result.lastId()).isEqualTo(201);
        }
    }

    @Test
    void nothingIsAppendedBeforeTheEarlierEntriesAreChained() {
        try (Database database = Database.open(folder)) {
            AuditEntry entry = new AuditEntry(Instant.now(), "x", "DONOR", "1", AuditEntry.Action.CREATE, "", "");
            assertThatThrownBy(() -> database.transactions().inTransaction(() -> database.auditTrail().append(entry)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not chained yet");
        }
    }

    /**
     * A database of the version before 8 with three entries, one number lost to a rolled-back transaction: opening
     * it with this version chains them in number order and says so in the trail's own entry; new entries follow.
     */
    @Test
    void entriesWrittenBeforeTheChainAreChainedOnceWhenTheDatabaseIsFirstOpened() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(TestDatabase.onPostgresql(),
                "an embedded database of version 7 upgraded: no PostgreSQL database predates the chain");
        String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("octopus-desk") + ";WRITE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target(versionBeforeTheChain()).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            for (int id : new int[] {1, 2, 4}) {
                statement.execute("INSERT INTO audit_entry (id, recorded_at, actor, record_type, record_key, action, "
                        + "new_values) VALUES (" + id + ", TIMESTAMP WITH TIME ZONE '2025-01-0" + id
                        + " 10:00:00.123456789+01:00', 'assistant', 'DONOR', '" + id + "', 'CREATE', 'donor.name: D"
                        + id + "')");
            }
        }
        try (TestDatabase database = new TestDatabase(folder)) {
            database.donors().create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""));

            List<AuditRow> rows = oldestFirst(database);
            assertThat(rows).extracting(AuditRow::id).containsExactly(1L, 2L, 4L, 5L, 6L);
            assertThat(rows.get(3).entry().newValues())
                    .isEqualTo("audit.chain.earlierEntries: 3\naudit.chain.earlierNumbers: 1–4");
            AuditVerification result = database.audit().verify(share -> { });
            assertThat(result.intact()).isTrue();
            assertThat(result.verified()).isEqualTo(5);

            database.execute("DELETE FROM audit_entry WHERE id = 2");
            assertThat(brokenAt(database)).isEqualTo(new ChainBreak(ChainBreak.Kind.LINK_BROKEN, 4, 1));
        }
    }

    /** The newest migration before V8__audit_chain, whatever numbers parallel work has taken. */
    private static String versionBeforeTheChain() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"))) {
            return String.valueOf(files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*\\.sql"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .filter(version -> version < 8).max().orElseThrow());
        }
    }

    private static List<AuditRow> oldestFirst(TestDatabase database) {
        List<AuditRow> rows = new ArrayList<>(database.audit().latest(null, null, 100));
        java.util.Collections.reverse(rows);
        return rows;
    }

    private static Auditor auditor(TestDatabase database) {
        return new Auditor(database.database().auditTrail(),
                Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC), () -> TestDatabase.ACTOR);
    }
}
