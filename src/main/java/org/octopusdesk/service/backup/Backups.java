package org.octopusdesk.service.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.PreferenceStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the backups of one data folder into the folder of its settings, keeps the last generations, and remembers
 * whether the last one failed. Usable before the folder's database is open (the backup before an upgrade).
 */
public final class Backups {

    private static final Logger LOG = LoggerFactory.getLogger(Backups.class);

    private final Path dataFolder;
    private final PreferenceStore preferences;
    private final BackupStatus status;
    private final Clock clock;

    public Backups(Path dataFolder, PreferenceStore preferences, Clock clock) {
        this.dataFolder = dataFolder.toAbsolutePath();
        this.preferences = preferences;
        this.status = new BackupStatus(preferences);
        this.clock = clock;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public BackupSettings settings() {
        return BackupSettings.load(preferences);
    }

    /** Keeps new settings; the next backup follows them, and thins the new folder to its generations. */
    public void changeSettings(BackupSettings settings) {
        settings.save(preferences);
    }

    /** The folder the next backup goes to. */
    public Path folder() {
        return shelf().folder();
    }

    /** The backups of the folder in the settings, newest first. */
    public List<BackupFile> list() {
        return shelf().list();
    }

    /**
     * Takes a backup now, then deletes the generations beyond the settings'.
     *
     * @throws DomainException saying why the folder cannot take it; the failure is remembered too
     */
    public BackupFile take(BackupEngine engine, BackupReason reason) {
        return take(engine, reason, shelf(), true);
    }

    /**
     * Takes a backup into {@code folder}, a folder of the person's own for this once: it must exist, and nothing in
     * it is deleted.
     */
    public BackupFile takeInto(BackupEngine engine, Path folder) {
        return take(engine, BackupReason.MANUAL, new BackupShelf(folder, true), false);
    }

    private BackupFile take(BackupEngine engine, BackupReason reason, BackupShelf shelf, boolean thin) {
        LocalDateTime now = now();
        try {
            Path file = shelf.newFile(now);
            long start = System.nanoTime();
            try {
                engine.write(file);
            } catch (RuntimeException failed) {
                LOG.warn("Cannot write the backup {}", file, failed);
                throw new DomainException("error.backup.notWritten", shelf.folder().toString(),
                        Math.max(0, shelf.usableSpace() / (1024 * 1024)));
            }
            long size = Files.size(file);
            LOG.info("Backup ({}) written to {}: {} bytes in {} ms", reason, file, size,
                    (System.nanoTime() - start) / 1_000_000);
            status.succeeded(now);
            if (thin) {
                shelf.keepNewest(settings().generations())
                        .forEach(old -> LOG.info("Deleted the old backup {}", old.path()));
            }
            return new BackupFile(file, now.truncatedTo(ChronoUnit.MINUTES),
                    BackupFile.parse(file.getFileName().toString()).orElseThrow().sequence(), size);
        } catch (DomainException refused) {
            status.failed(now, refused);
            throw refused;
        } catch (java.io.IOException unreadable) {
            DomainException refused = new DomainException("error.backup.notWritten", shelf.folder().toString(),
                    Math.max(0, shelf.usableSpace() / (1024 * 1024)));
            status.failed(now, refused);
            throw refused;
        }
    }

    /**
     * Takes a backup that nobody asked for (closing, an upgrade, an import): a failure is logged and remembered, to
     * be told at the next start, and the work goes on.
     */
    public Optional<BackupFile> takeQuietly(BackupEngine engine, BackupReason reason) {
        try {
            return Optional.of(take(engine, reason));
        } catch (DomainException failed) {
            LOG.warn("The automatic backup ({}) failed: {} {}", reason, failed.messageKey(), failed.arguments());
            return Optional.empty();
        }
    }

    /** The backup before an upgrade of this folder's database. */
    public UpgradeGuard beforeUpgrade() {
        return engine -> takeQuietly(engine, BackupReason.UPGRADE);
    }

    /** Whether a backup was written today already. */
    boolean tookOneToday() {
        return status.lastSuccess().filter(last -> last.toLocalDate().equals(now().toLocalDate())).isPresent();
    }

    /** The last backup's failure, while no backup succeeded after it. */
    public Optional<BackupFailure> lastFailure() {
        return status.lastFailure();
    }

    /** The last failure once: the window says it at its start, then never again. */
    public Optional<BackupFailure> untoldFailure() {
        return status.failureTold() ? Optional.empty() : status.lastFailure();
    }

    public void markFailureTold() {
        status.markFailureTold();
    }

    LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private BackupShelf shelf() {
        BackupSettings settings = settings();
        return new BackupShelf(settings.folderOf(dataFolder), settings.chosen().isPresent());
    }
}
