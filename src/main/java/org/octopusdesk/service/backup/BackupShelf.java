package org.octopusdesk.service.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The backup files of one folder: listed, named without a clash, and thinned to the last generations. */
final class BackupShelf {

    private static final Logger LOG = LoggerFactory.getLogger(BackupShelf.class);

    private final Path folder;
    private final boolean chosen;

    /** @param chosen whether the person picked the folder: then it is never created (an unplugged drive) */
    BackupShelf(Path folder, boolean chosen) {
        this.folder = folder.toAbsolutePath();
        this.chosen = chosen;
    }

    Path folder() {
        return folder;
    }

    /** The backups, newest first; none when the folder is missing. Other files in the folder are ignored. */
    List<BackupFile> list() {
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "octopus-desk-*.zip")) {
            for (Path file : files) {
                BackupFile.parse(file.getFileName().toString()).filter(named -> Files.isRegularFile(file))
                        .ifPresent(named -> found.add(new BackupFile(file, named.takenAt(), named.sequence(),
                                size(file))));
            }
        } catch (IOException e) {
            throw new DomainException("error.backup.folderUnreadable", folder.toString());
        }
        found.sort(BackupFile.OLDEST_FIRST.reversed());
        return found;
    }

    /**
     * The file for a new backup taken at {@code now}, in a folder that is there and writable. The data folder's own
     * {@code backups/} is created; a folder the person picked is not, since missing it means a drive is not there.
     */
    Path newFile(LocalDateTime now) {
        if (!Files.exists(folder)) {
            if (chosen) {
                throw new DomainException("error.backup.folderMissing", folder.toString());
            }
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new DomainException("error.backup.folderReadOnly", folder.toString());
            }
        }
        if (!Files.isDirectory(folder)) {
            throw new DomainException("error.backup.notAFolder", folder.toString());
        }
        if (!Files.isWritable(folder)) {
            throw new DomainException("error.backup.folderReadOnly", folder.toString());
        }
        // After the last of its minute, never in a gap the thinning left: a new backup must sort as the newest.
        LocalDateTime minute = now.truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        int last = list().stream().filter(file -> file.takenAt().equals(minute)).mapToInt(BackupFile::sequence)
                .max().orElse(0);
        for (int sequence = last + 1;; sequence++) {
            Path file = folder.resolve(BackupFile.name(now, sequence));
            if (!Files.exists(file)) {
                return file;
            }
        }
    }

    /** Deletes all but the newest {@code generations} backups; returns those deleted. */
    List<BackupFile> keepNewest(int generations) {
        List<BackupFile> all = list();
        List<BackupFile> deleted = new ArrayList<>();
        for (BackupFile old : all.subList(Math.min(generations, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.path());
                deleted.add(old);
            } catch (IOException e) {
                // An old backup that stays is no harm; the next backup tries again.
                LOG.warn("Cannot delete the old backup {}", old.path(), e);
            }
        }
        return deleted;
    }

    /** How much the folder's drive has free, for a message; -1 when unknown. */
    long usableSpace() {
        try {
            return Files.getFileStore(Files.exists(folder) ? folder : folder.getParent()).getUsableSpace();
        } catch (IOException | RuntimeException unknown) {
            return -1;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
