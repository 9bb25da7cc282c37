package org.octopusdesk.service.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.service.check.CheckReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of the open data folder: by hand, when the window closes (once a day), before a large import or a
 * repair; the check of a backup (it opens apart from the data and its money check agrees); and the restore, which
 * builds the backup's database apart, backs the current data up, and only then puts it in place (decision 0024).
 */
public final class BackupService implements SafetyBackups {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    private final Backups backups;
    private final BackupEngine engine;
    private final RestoreEngine restorer;
    private final Function<Path, Workspace> opener;

    /**
     * @param opener opens a workspace on a folder built from a backup, taking no backup of its own, to migrate and
     *     check it
     */
    public BackupService(Backups backups, BackupEngine engine, RestoreEngine restorer,
            Function<Path, Workspace> opener) {
        this.backups = backups;
        this.engine = engine;
        this.restorer = restorer;
        this.opener = opener;
    }

    public Path folder() {
        return backups.folder();
    }

    /** The backups in the folder of the settings, newest first. */
    public List<BackupFile> list() {
        return backups.list();
    }

    public BackupSettings settings() {
        return backups.settings();
    }

    public void changeSettings(BackupSettings settings) {
        backups.changeSettings(settings);
    }

    /**
     * Whether Octopus Desk backs this database up: the embedded one, yes; a PostgreSQL server's is backed up by its
     * administrators, and every backup here is then refused with that reason, or skipped when automatic.
     */
    public boolean available() {
        return engine.available();
    }

    private void requireAvailable() {
        if (!available()) {
            throw new DomainException("error.backup.serverDatabase");
        }
    }

    /** A backup now; a folder that cannot take it is refused with the reason (and remembered). */
    public BackupFile backUpNow() {
        requireAvailable();
        return backups.take(engine, BackupReason.MANUAL);
    }

    /** A backup now into a folder of the person's choice, beside the usual ones; nothing there is deleted. */
    public BackupFile backUpTo(Path folder) {
        requireAvailable();
        return backups.takeInto(engine, folder);
    }

    /** When the window closes: a backup, unless one was written today already. */
    public void onClosing() {
        if (available() && !backups.tookOneToday()) {
            backups.takeQuietly(engine, BackupReason.CLOSING);
        }
    }

    @Override
    public void beforeImport(Path file) {
        long rows = dataLines(file);
        if (available() && rows > IMPORT_ROWS) {
            LOG.info("Backing up before importing {} lines of {}", rows, file);
            backups.takeQuietly(engine, BackupReason.IMPORT);
        }
    }

    @Override
    public void beforeRepair() {
        if (available()) {
            backups.takeQuietly(engine, BackupReason.REPAIR);
        }
    }

    /**
     * Opens {@code file} apart from the data (in a folder thrown away afterwards), brings it to this version's
     * schema and runs the money check on it. Changes nothing in the data folder.
     *
     * @throws BackupRefusedException when the file is damaged or no backup of Octopus Desk
     */
    public BackupCheck verify(Path file, DoubleConsumer progress) {
        Path folder = scratchFolder("backup-check-");
        try {
            restorer.load(file, folder, share -> progress.accept(0.6 * share));
            try (Workspace opened = opener.apply(folder)) {
                CheckReport report = opened.dataCheck().check(share -> progress.accept(0.6 + 0.4 * share));
                Workspace.OpenReport open = opened.openReport();
                return new BackupCheck(file, open.schemaVersion(), open.migrationsApplied(), report);
            }
        } finally {
            deleteQuietly(folder);
        }
    }

    /**
     * The first half of a restore, while the data folder is still open: builds the backup's database apart and opens
     * it (a damaged file or a newer schema is refused here, before anything is replaced), then backs the current
     * data up. The caller closes the data folder and calls {@link #completeRestore}.
     */
    public RestorePlan prepareRestore(Path file, DoubleConsumer progress) {
        requireAvailable();
        Path folder = scratchFolder("restoring-");
        try {
            restorer.load(file, folder, share -> progress.accept(0.8 * share));
            try (Workspace opened = opener.apply(folder)) {
                LOG.info("Restore of {} opened at schema {}", file, opened.openReport().schemaVersion());
            }
            BackupFile safety = backups.take(engine, BackupReason.RESTORE);
            progress.accept(1);
            return new RestorePlan(file, folder, safety);
        } catch (RuntimeException refused) {
            deleteQuietly(folder);
            throw refused;
        }
    }

    /** Puts the restored database in place of the data folder's, which nothing may hold open now. */
    public void completeRestore(RestorePlan plan) {
        try {
            restorer.replace(backups.dataFolder(), plan.restoredFolder());
            LOG.info("Restored {} into {}; the data before is in {}", plan.backup(), backups.dataFolder(),
                    plan.safetyCopy().path());
        } finally {
            deleteQuietly(plan.restoredFolder());
        }
    }

    /** The last backup's failure, while none succeeded after it. */
    public Optional<BackupFailure> lastFailure() {
        return backups.lastFailure();
    }

    /** The last failure, once: then {@link #markFailureTold()}. */
    public Optional<BackupFailure> untoldFailure() {
        return backups.untoldFailure();
    }

    public void markFailureTold() {
        backups.markFailureTold();
    }

    private Path scratchFolder(String prefix) {
        try {
            return Files.createTempDirectory(backups.dataFolder(), prefix);
        } catch (IOException e) {
            throw new DomainException("error.storage.cannotOpen", backups.dataFolder().toString());
        }
    }

    /** The lines of a file after its header, counted without decoding it (a broken file is the import's to refuse). */
    static long dataLines(Path file) {
        long lines = 0;
        boolean pending = false;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                for (int index = 0; index < read; index++) {
                    if (buffer[index] == '\n') {
                        lines++;
                        pending = false;
                    } else {
                        pending = true;
                    }
                }
            }
        } catch (IOException unreadable) {
            return 0;
        }
        return Math.max(0, lines + (pending ? 1 : 0) - 1);
    }

    static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warn("Cannot delete {}", path);
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", folder, e);
        }
    }
}
