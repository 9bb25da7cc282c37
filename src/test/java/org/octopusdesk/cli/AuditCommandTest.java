package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.persistence.TestDatabase;

/** `audit verify` and `audit list` over a real data folder, its trail tampered with as a person with SQL could. */
class AuditCommandTest {

    @TempDir
    Path folder;
    private final TestCommandLine commandLine = new TestCommandLine();
    private final StringWriter out = commandLine.out;
    private final StringWriter err = commandLine.err;

    /** Entries 1 (the chain's start) and 2 to 4: three donors created. */
    @BeforeEach
    void threeDonors() {
        try (TestDatabase database = new TestDatabase(folder)) {
            database.donors().create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""));
            database.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
            database.donors().create(new DonorDraft("Microsoft", DonorKind.PRIVATE_COMPANY, "", ""));
        }
    }

    private int run(String... args) {
        commandLine.clear();
        return commandLine.run(Map.of(), args);
    }

    @Test
    void verifyExitsWithZeroOnAnIntactTrailAndOneNamingTheFirstBrokenEntry() {
        assertThat(run("--data-dir", folder.toString(), "audit", "verify")).isZero();
        assertThat(out.toString().strip())
                .matches("4 entries verified, chain intact, last hash [0-9a-f]{64} \\(entry 4\\)\\.");
        assertThat(err.toString()).isEmpty();

        try (TestDatabase database = new TestDatabase(folder)) {
            database.execute("UPDATE audit_entry SET new_values = 'donor.name: Nippon' WHERE id = 3");
        }

        assertThat(run("--data-dir", folder.toString(), "audit", "verify")).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("The audit trail is broken. Entry 3 was changed after it "
                + "was written: its content no longer matches its hash.", "The 2 entries before it are intact.");
        assertThat(out.toString()).isEmpty();

        assertThat(run("--data-dir", folder.toString(), "--lang", "fr", "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).startsWith("Le journal d’audit est rompu. L’entrée 3 a été modifiée après son "
                + "écriture");
    }

    @Test
    void verifyNamesTheEntryAfterADeletedOne() {
        try (TestDatabase database = new TestDatabase(folder)) {
            database.execute("DELETE FROM audit_entry WHERE id = 2");
        }
        assertThat(run("--data-dir", folder.toString(), "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("Entry 3 follows entry 1: entry 2 was removed.");
    }

    @Test
    void listPrintsTheNewestEntriesOfARecordTypeOneALine() {
        assertThat(run("--data-dir", folder.toString(), "audit", "list", "--type", "donor", "--limit", "2")).isZero();

        assertThat(out.toString().lines()).hasSize(2).first().satisfies(line -> {
            assertThat(line).startsWith("4\t2026-11-28T10:00:00Z\t" + TestDatabase.ACTOR + "\tDONOR\t");
            assertThat(line).contains("\tcreate\t-\t").contains("Microsoft");
        });

        assertThat(run("--data-dir", folder.toString(), "audit", "list")).isZero();
        assertThat(out.toString().lines()).hasSize(4).last().asString()
                .startsWith("1\t2026-11-28T10:00:00Z\t" + TestDatabase.ACTOR + "\tAUDIT_TRAIL\tchain\tcreate\t-\t");
    }

    @Test
    void theAuditCommandsHaveHelp() {
        for (String[] args : new String[][] {{"audit", "--help"}, {"audit", "verify", "--help"},
                {"audit", "list", "--help"}}) {
            assertThat(run(args)).as(String.join(" ", args)).isZero();
            assertThat(out.toString()).contains("Usage: octopus-desk audit");
        }
        assertThat(run("audit")).isEqualTo(2);
    }
}
