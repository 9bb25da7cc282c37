package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.backup.BackupFile;
import org.octopusdesk.service.backup.BackupSettings;

/** `backup`, `backup verify`, `backups list` and `restore` on a real data folder. */
class BackupCommandTest {

    @TempDir
    Path folder;

    private final TestCommandLine cli = new TestCommandLine();

    @Test
    void aBackupIsWrittenListedVerifiedAndRestoredWithYes() {
        donors("Canada", "Japan");
        assertThat(cli.runIn(folder, "backup")).isZero();
        assertThat(cli.out.toString()).startsWith("Backup written: " + folder.resolve("backups"));
        Path backup = onlyBackup();

        donors("Microsoft");
        cli.clear();
        assertThat(cli.runIn(folder, "backups", "list")).isZero();
        assertThat(cli.out.toString()).contains("Backups in " + folder.resolve("backups") + ": 1 (the last 10 are "
                + "kept).").contains(backup.getFileName().toString()).contains("28/11/2026");
        assertThat(cli.err.toString()).isEmpty();

        cli.clear();
        assertThat(cli.runIn(folder, "backup", "verify", backup.toString())).isZero();
        assertThat(cli.out.toString()).contains("opens and its money check agrees");

        cli.clear();
        assertThat(cli.runIn(folder, "restore", backup.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("--yes");
        assertThat(donorNames()).containsExactlyInAnyOrder("Canada", "Japan", "Microsoft");

        cli.clear();
        assertThat(cli.runIn(folder, "restore", backup.toString(), "--yes")).isZero();
        assertThat(cli.out.toString()).contains("Restored from " + backup);
        assertThat(donorNames()).containsExactlyInAnyOrder("Canada", "Japan");
        try (TestDatabase database = new TestDatabase(folder)) {
            assertThat(database.backups().list()).as("the data before the restore was backed up").hasSize(2);
        }
    }

    @Test
    void aRestoreIsRefusedWhileTheWindowHoldsTheFolder() {
        donors("Canada");
        cli.runIn(folder, "backup");
        Path backup = onlyBackup();
        cli.clear();
        try (TestDatabase window = new TestDatabase(folder)) {
            assertThat(cli.runIn(folder, "restore", backup.toString(), "--yes")).isEqualTo(1);
            assertThat(cli.err.toString()).startsWith("The data folder " + folder + " is open in an Octopus Desk "
                    + "window");
            assertThat(window.donors().list()).hasSize(1);
        }
    }

    @Test
    void aDamagedBackupIsRefusedByVerifyAndRestoreAndTheDataStays() throws Exception {
        donors("Canada");
        Path damaged = Files.write(folder.resolveSibling(folder.getFileName() + "-damaged.zip"),
                new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        assertThat(cli.runIn(folder, "backup", "verify", damaged.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("is damaged or is not a complete backup");
        cli.clear();
        assertThat(cli.runIn(folder, "restore", damaged.toString(), "--yes")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Nothing was replaced");
        assertThat(donorNames()).containsExactly("Canada");
    }

    @Test
    void aBackupToAFolderOfOnesOwnAndAFailedOneAreSaid() throws Exception {
        Path usb = Files.createDirectories(folder.resolveSibling(folder.getFileName() + "-usb"));
        assertThat(cli.runIn(folder, "backup", "--to", usb.toString())).isZero();
        try (var files = Files.list(usb)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList())
                    .singleElement().asString().matches("octopus-desk-2026-11-28-1000\\.zip");
        }
        try (TestDatabase database = new TestDatabase(folder)) {
            database.backups().changeSettings(new BackupSettings(folder.resolve("unplugged"), 10));
        }
        cli.clear();
        assertThat(cli.runIn(folder, "backup")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("is not there");
        cli.clear();
        assertThat(cli.runIn(folder, "backups", "list")).isZero();
        assertThat(cli.err.toString()).startsWith("The last backup, on 28/11/2026").contains("failed: The backup "
                + "folder " + folder.resolve("unplugged") + " is not there");
    }

    private void donors(String... names) {
        try (TestDatabase database = new TestDatabase(folder)) {
            for (String name : names) {
                database.donors().create(new DonorDraft(name, DonorKind.STATE_PARTY, name, ""));
            }
        }
    }

    private List<String> donorNames() {
        try (TestDatabase database = new TestDatabase(folder)) {
            return database.donors().list().stream().map(donor -> donor.name()).toList();
        }
    }

    private Path onlyBackup() {
        try (TestDatabase database = new TestDatabase(folder)) {
            List<BackupFile> backups = database.backups().list();
            assertThat(backups).hasSize(1);
            return backups.get(0).path();
        }
    }
}
