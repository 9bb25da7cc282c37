package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.service.StorageException;
import org.octopusdesk.service.backup.BackupFile;
import org.octopusdesk.service.backup.BackupRefusedException;
import org.octopusdesk.service.backup.RestorePlan;

/**
 * A backup restores every row of every table as it was; a damaged, foreign or newer backup is refused before
 * anything is replaced.
 */
class BackupRestoreTest {

    @TempDir
    Path folder;

    @Test
    void aRestoreBringsBackEveryRowOfEveryTableAfterChangesAndDeletes() {
        Map<String, List<List<String>>> before;
        BackupFile backup;
        RestorePlan plan;
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            database.sampleData().load();
            database.contributionFiles().importFile(randomContributions(150), false);
            before = snapshot(database.database().dsl());
            assertThat(before.get("PAYMENT")).hasSizeGreaterThan(150);
            backup = database.backups().backUpNow();

            DSLContext dsl = database.database().dsl();
            dsl.execute("DELETE FROM payment_part WHERE MOD(payment_id, 3) = 0");
            dsl.execute("UPDATE donor SET name = name || ' (changed)'");
            dsl.execute("DELETE FROM receipt_by_donor");
            database.donors().list();
            assertThat(snapshot(dsl)).isNotEqualTo(before);

            plan = database.backups().prepareRestore(backup.path(), share -> { });
            assertThat(plan.safetyCopy().path()).exists().isNotEqualTo(backup.path());
        }
        restoreWithFolderClosed(plan);

        try (TestDatabase reopened = new TestDatabase(folder)) {
            assertThat(snapshot(reopened.database().dsl())).isEqualTo(before);
            assertThat(reopened.dataCheck().check(share -> { }).agrees()).isTrue();
        }
        assertThat(scratchFolders()).isEmpty();
    }

    @Test
    void aRestoreIsRefusedWhileTheFolderIsOpen() {
        try (TestDatabase database = new TestDatabase(folder)) {
            BackupFile backup = database.backups().backUpNow();
            RestorePlan plan = database.backups().prepareRestore(backup.path(), share -> { });
            assertThatThrownBy(() -> database.backups().completeRestore(plan))
                    .isInstanceOfSatisfying(StorageException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.storage.inUse"));
            assertThat(database.projects().isEmpty()).isTrue();
        }
        assertThat(scratchFolders()).isEmpty();
    }

    /**
     * A byte changed in the compressed script may decompress into a statement a backup never holds, found before
     * the entry's checksum at its end: still a damaged file, not someone else's. Where such a byte falls depends on
     * the backup's bytes, which change with its time; so each of fourteen places through the file is tried.
     */
    @Test
    void aByteChangedAnywhereInTheScriptMakesADamagedBackupNeverAForeignOne() throws Exception {
        try (TestDatabase database = new TestDatabase(folder)) {
            BulkContributions.generate(database, 5, 3, 40, 2);
            byte[] bytes = Files.readAllBytes(database.backups().backUpNow().path());
            for (int place = 1; place <= 14; place++) {
                byte[] changed = bytes.clone();
                changed[bytes.length * place / 16] ^= 0x5A;
                Path damaged = Files.write(folder.resolve("changed-" + place + ".zip"), changed);
                assertThatThrownBy(() -> database.backups().prepareRestore(damaged, share -> { }))
                        .as("a byte changed at %d/16 of the file", place)
                        .isInstanceOfSatisfying(BackupRefusedException.class,
                                refused -> assertThat(refused.messageKey()).isEqualTo("error.backup.damaged"));
            }
        }
    }

    @Test
    void damagedBackupsAreRefusedAndTheDataStaysAsItWas() throws Exception {
        try (TestDatabase database = new TestDatabase(folder)) {
            BulkContributions.generate(database, 5, 3, 40, 2);
            BackupFile good = database.backups().backUpNow();
            Map<String, List<List<String>>> before = snapshot(database.database().dsl());
            byte[] bytes = Files.readAllBytes(good.path());

            Path truncated = folder.resolve("truncated.zip");
            Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            Path random = folder.resolve("random.zip");
            byte[] noise = new byte[bytes.length];
            new Random(24).nextBytes(noise);
            Files.write(random, noise);
            Path flipped = folder.resolve("flipped.zip");
            byte[] changed = bytes.clone();
            changed[bytes.length / 3] ^= 0x5A;
            Files.write(flipped, changed);
            Path empty = folder.resolve("empty.zip");
            Files.write(empty, new byte[0]);

            for (Path damaged : List.of(truncated, random, flipped, empty)) {
                assertThatThrownBy(() -> database.backups().prepareRestore(damaged, share -> { }))
                        .as(damaged.getFileName().toString())
                        .isInstanceOfSatisfying(BackupRefusedException.class,
                                refused -> assertThat(refused.messageKey()).isEqualTo("error.backup.damaged"));
                assertThatThrownBy(() -> database.backups().verify(damaged, share -> { }))
                        .isInstanceOf(BackupRefusedException.class);
            }
            assertThat(snapshot(database.database().dsl())).isEqualTo(before);
            assertThat(database.backups().list()).containsExactly(good);
        }
        assertThat(scratchFolders()).isEmpty();
    }

    @Test
    void aScriptThatWouldRunCodeOrIsNoOctopusDeskBackupIsRefused() throws Exception {
        try (TestDatabase database = new TestDatabase(folder)) {
            Path alias = zipped("alias.zip", "CREATE ALIAS SHELL AS 'String run() { return \"x\"; }';\n");
            Path fileWrite = zipped("write.zip", "CREATE CACHED TABLE T(X INT);\n"
                    + "INSERT INTO T VALUES (FILE_WRITE('x', '/tmp/owned'));\n");
            Path foreign = zipped("foreign.zip", "CREATE CACHED TABLE T(X INT);\nINSERT INTO T VALUES (1);\n");
            for (Path refused : List.of(alias, fileWrite, foreign)) {
                assertThatThrownBy(() -> database.backups().prepareRestore(refused, share -> { }))
                        .as(refused.getFileName().toString())
                        .isInstanceOfSatisfying(BackupRefusedException.class,
                                failure -> assertThat(failure.messageKey()).isEqualTo("error.backup.notOurs"));
            }
            assertThat(Path.of("/tmp/owned")).doesNotExist();
            assertThat(database.backups().list()).isEmpty();
        }
    }

    @Test
    void aBackupOfANewerSchemaIsRefusedAsANewerDatabaseIs() {
        try (TestDatabase database = new TestDatabase(folder)) {
            DSLContext dsl = database.database().dsl();
            dsl.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'future', 'SQL', 'V999__future.sql', 0, 'sa', 1, TRUE)");
            BackupFile newer = database.backups().backUpNow();
            dsl.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = 999");

            assertThatThrownBy(() -> database.backups().prepareRestore(newer.path(), share -> { }))
                    .isInstanceOfSatisfying(StorageException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.storage.tooNew"));
            assertThat(database.backups().list()).containsExactly(newer);
        }
        assertThat(scratchFolders()).isEmpty();
    }

    @Test
    void anOlderDatabaseIsBackedUpBeforeItIsMigrated() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME);
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target("6").load().migrate();
        var backups = new org.octopusdesk.service.backup.Backups(folder, new FilePreferenceStore(folder),
                java.time.Clock.systemDefaultZone());
        try (Database database = Database.open(folder, backups.beforeUpgrade())) {
            assertThat(database.openReport().migrationsApplied()).isPositive();
        }
        assertThat(backups.list()).hasSize(1);
        try (Database again = Database.open(folder, backups.beforeUpgrade())) {
            assertThat(again.openReport().migrationsApplied()).isZero();
        }
        assertThat(backups.list()).as("no backup when nothing is migrated").hasSize(1);
        String script = new String(new java.util.zip.ZipFile(backups.list().get(0).path().toFile())
                .getInputStream(new ZipEntry("script.sql")).readAllBytes(), StandardCharsets.UTF_8);
        assertThat(script).contains("'6'").doesNotContain("'7'");
    }

    private void restoreWithFolderClosed(RestorePlan plan) {
        new org.octopusdesk.service.backup.BackupService(
                new org.octopusdesk.service.backup.Backups(folder, new FilePreferenceStore(folder),
                        java.time.Clock.systemDefaultZone()),
                file -> {
                    throw new AssertionError("no backup here");
                }, new H2RestoreEngine(), scratch -> {
                    throw new AssertionError("nothing to open here");
                }).completeRestore(plan);
    }

    /** Pledges in euros by the sample's donors, earmarked to a project, each paid in part or in full. */
    private Path randomContributions(int count) {
        Random random = new Random(13);
        String[] donors = {"Canada", "Japan", "United Kingdom (FCDO)", "United States of America (INL)"};
        StringBuilder csv = new StringBuilder("record,reference,donor,date,amount,currency,project,share_percent,"
                + "bank_eur,intermediary,note\n");
        for (int index = 1; index <= count; index++) {
            String reference = "RND-" + index;
            String date = "2023-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28));
            long cents = 100_000 + random.nextInt(50_000_000);
            csv.append("pledge,").append(reference).append(',').append(donors[random.nextInt(donors.length)])
                    .append(',').append(date).append(',').append(cents / 100).append('.').append(cents % 100 / 10)
                    .append(cents % 10).append(",EUR,,,,,\n");
            csv.append("allocation,").append(reference).append(",,,,,OCTOPUS,,,,\n");
            csv.append("payment,").append(reference).append(",,2024-03-0").append(1 + random.nextInt(9))
                    .append(',').append(cents / 200).append(".00,EUR,,,,,\n");
        }
        Path file = folder.resolve("random-contributions.csv");
        try {
            return Files.writeString(file, csv);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Path> scratchFolders() {
        try (var files = Files.list(folder)) {
            return files.filter(path -> path.getFileName().toString().matches("(restoring|backup-check)-.*"))
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path zipped(String name, String script) throws Exception {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("script.sql"));
            zip.write(script.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return file;
    }

    /** Every row of every table, in a fixed order, each value as text (byte arrays in hex). */
    static Map<String, List<List<String>>> snapshot(DSLContext dsl) {
        Map<String, List<List<String>>> tables = new TreeMap<>();
        for (Table<?> table : dsl.meta().getSchemas("PUBLIC").get(0).getTables()) {
            Field<?>[] fields = table.fields();
            List<List<String>> rows = new ArrayList<>();
            for (Record record : dsl.selectFrom(table).orderBy(fields).fetch()) {
                List<String> row = new ArrayList<>();
                for (Object value : record.intoArray()) {
                    row.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : String.valueOf(value));
                }
                rows.add(row);
            }
            tables.put(table.getName(), rows);
        }
        assertThat(tables).containsKeys("PAYMENT", "DONOR", "AUDIT_ENTRY", "flyway_schema_history");
        return tables;
    }
}
