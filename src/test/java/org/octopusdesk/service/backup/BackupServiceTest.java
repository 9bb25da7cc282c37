package org.octopusdesk.service.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.persistence.FilePreferenceStore;
import org.octopusdesk.persistence.TestDatabase;

/** Naming, retention, the folder's failures and their status, and when the automatic backups are taken. */
class BackupServiceTest {

    @TempDir
    Path folder;

    @Test
    void namesCarryTheMinuteAndNeverClash() {
        LocalDateTime at = LocalDateTime.of(2026, 12, 1, 22, 15, 42);
        assertThat(BackupFile.name(at, 1)).isEqualTo("octopus-desk-2026-12-01-2215.zip");
        assertThat(BackupFile.name(at, 2)).isEqualTo("octopus-desk-2026-12-01-2215-2.zip");
        assertThat(BackupFile.parse("octopus-desk-2026-12-01-2215-2.zip")).contains(
                new BackupFile.Named(LocalDateTime.of(2026, 12, 1, 22, 15), 2));
        assertThat(BackupFile.parse("octopus-desk-2026-13-01-2215.zip")).isEmpty();
        assertThat(BackupFile.parse("octopus-desk-2026-12-01-2215-1.zip")).isEmpty();
        assertThat(BackupFile.parse("notes.zip")).isEmpty();
    }

    @Test
    void theLastGenerationsAreKeptAndOtherFilesAreLeftAlone() throws IOException {
        try (TestDatabase database = new TestDatabase(folder)) {
            BackupService backups = database.backups();
            backups.changeSettings(new BackupSettings(null, 3));
            Path backupFolder = folder.resolve("backups");
            Files.createDirectories(backupFolder);
            Path mine = Files.writeString(backupFolder.resolve("my-notes.zip"), "not a backup");
            Path older = Files.writeString(backupFolder.resolve("octopus-desk-2020-01-01-0900.zip"), "old");

            List<String> written = new java.util.ArrayList<>();
            for (int count = 0; count < 5; count++) {
                written.add(backups.backUpNow().fileName());
            }

            // The test's clock stands still: five backups in one minute, numbered.
            assertThat(written).containsExactly("octopus-desk-2026-11-28-1000.zip",
                    "octopus-desk-2026-11-28-1000-2.zip", "octopus-desk-2026-11-28-1000-3.zip",
                    "octopus-desk-2026-11-28-1000-4.zip", "octopus-desk-2026-11-28-1000-5.zip");
            assertThat(backups.list()).extracting(BackupFile::fileName).containsExactly(
                    "octopus-desk-2026-11-28-1000-5.zip", "octopus-desk-2026-11-28-1000-4.zip",
                    "octopus-desk-2026-11-28-1000-3.zip");
            assertThat(older).doesNotExist();
            assertThat(mine).exists();
            assertThat(backups.list()).allSatisfy(file -> assertThat(file.size()).isPositive());
        }
    }

    @Test
    void aMissingChosenFolderIsSaidRememberedAndToldOnceAndTheDataGoesOn() {
        Path unplugged = folder.resolve("network-drive").resolve("octopus");
        try (TestDatabase database = new TestDatabase(folder)) {
            BackupService backups = database.backups();
            backups.changeSettings(new BackupSettings(unplugged, 10));

            assertThatThrownBy(backups::backUpNow).isInstanceOfSatisfying(DomainException.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("error.backup.folderMissing"));
            assertThat(unplugged).doesNotExist();
            backups.onClosing();
            assertThat(database.projects().isEmpty()).isTrue();
        }
        // The next start reads the status file of the data folder.
        try (TestDatabase reopened = new TestDatabase(folder)) {
            BackupService backups = reopened.backups();
            assertThat(backups.untoldFailure()).hasValueSatisfying(failure -> {
                assertThat(failure.messageKey()).isEqualTo("error.backup.folderMissing");
                assertThat(failure.arguments()).containsExactly(unplugged.toString());
            });
            backups.markFailureTold();
            assertThat(backups.untoldFailure()).isEmpty();
            assertThat(backups.lastFailure()).isPresent();

            backups.changeSettings(new BackupSettings(null, 10));
            backups.backUpNow();
            assertThat(backups.lastFailure()).as("a backup that works clears the failure").isEmpty();
        }
    }

    @Test
    void aFolderThatIsAFileOrThatRefusesTheWriteIsExplained() throws IOException {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        try (TestDatabase database = new TestDatabase(folder)) {
            database.backups().changeSettings(new BackupSettings(file, 10));
            assertThatThrownBy(database.backups()::backUpNow).isInstanceOfSatisfying(DomainException.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("error.backup.notAFolder"));
        }
        Path readOnly = Files.createDirectories(folder.resolve("read-only"));
        Backups backups = new Backups(folder, new FilePreferenceStore(folder), java.time.Clock.systemUTC());
        backups.changeSettings(new BackupSettings(readOnly, 10));
        // What H2 meets on a read-only share or a full drive: the write fails; as root, chmod would not stop it.
        BackupEngine refusing = target -> {
            throw new UncheckedIOException(new IOException("Read-only file system"));
        };
        assertThatThrownBy(() -> backups.take(refusing, BackupReason.MANUAL))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.backup.notWritten");
                    assertThat(refused.arguments().get(0)).isEqualTo(readOnly.toString());
                });
        assertThat(backups.takeQuietly(refusing, BackupReason.CLOSING)).isEmpty();
        assertThat(backups.untoldFailure()).isPresent();
        assertThat(backups.list()).isEmpty();
        try (var left = Files.list(readOnly)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aReadOnlyFolderIsRefusedBeforeH2IsAsked() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root may write into a read-only folder");
        Path readOnly = Files.createDirectories(folder.resolve("read-only"));
        readOnly.toFile().setWritable(false, false);
        try (TestDatabase database = new TestDatabase(folder)) {
            database.backups().changeSettings(new BackupSettings(readOnly, 10));
            assertThatThrownBy(database.backups()::backUpNow).isInstanceOfSatisfying(DomainException.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("error.backup.folderReadOnly"));
        } finally {
            readOnly.toFile().setWritable(true, false);
        }
    }

    @Test
    void closingBacksUpOnceADayAndLargeImportsAndRepairsBackUpFirst() throws IOException {
        try (TestDatabase database = new TestDatabase(folder)) {
            BackupService backups = database.backups();
            backups.onClosing();
            backups.onClosing();
            assertThat(backups.list()).as("once a day").hasSize(1);

            backups.beforeImport(csv(SafetyBackups.IMPORT_ROWS));
            assertThat(backups.list()).as("a small import").hasSize(1);
            backups.beforeImport(csv(SafetyBackups.IMPORT_ROWS + 1));
            assertThat(backups.list()).as("a large import").hasSize(2);
            backups.beforeRepair();
            assertThat(backups.list()).hasSize(3);
        }
    }

    @Test
    void aGoodBackupChecksOutWithItsMoneyCheck() {
        try (TestDatabase database = new TestDatabase(folder)) {
            org.octopusdesk.persistence.BulkContributions.generate(database, 4, 3, 30, 2);
            BackupFile backup = database.backups().backUpNow();
            BackupCheck check = database.backups().verify(backup.path(), share -> { });
            assertThat(check.agrees()).isTrue();
            assertThat(check.report().contributions()).isEqualTo(30);
            assertThat(check.report().payments()).isEqualTo(database.database().countPayments()).isPositive();
            assertThat(check.schemaVersion()).isEqualTo(TestDatabase.latestSchemaVersion());
        }
    }

    @Test
    void settingsAreRefusedOutsideTheirRange() {
        assertThatThrownBy(() -> new BackupSettings(null, 0)).isInstanceOf(DomainException.class);
        assertThat(new BackupSettings(null, 1).folderOf(folder)).isEqualTo(folder.resolve("backups"));
    }

    private Path csv(int dataLines) throws IOException {
        StringBuilder text = new StringBuilder("record,reference\n");
        for (int line = 0; line < dataLines; line++) {
            text.append("pledge,R-").append(line).append('\n');
        }
        return Files.writeString(folder.resolve("file-" + dataLines + ".csv"), text);
    }
}
