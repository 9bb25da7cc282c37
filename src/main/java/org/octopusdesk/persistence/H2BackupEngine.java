package org.octopusdesk.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.octopusdesk.service.backup.BackupEngine;

/**
 * Backups as H2's own SQL script of the open database, zipped ({@code SCRIPT TO … COMPRESSION ZIP}): consistent
 * while the database is in use, readable by any later H2, and every page read while it is written
 * (decision 0024). The script goes to a hidden part file first and takes its name once whole.
 */
final class H2BackupEngine implements BackupEngine {

    private final DataSource pool;

    H2BackupEngine(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public void write(Path file) {
        Path part = file.resolveSibling("." + file.getFileName() + ".part");
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SCRIPT TO " + H2Paths.literal(part) + " COMPRESSION ZIP");
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException e) {
            deleteQuietly(part);
            throw new UncheckedIOException(new IOException("Cannot write " + file + ": " + e.getMessage(), e));
        } catch (IOException e) {
            deleteQuietly(part);
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            // A hidden part file left in a failing folder is harmless: it is never listed as a backup.
        }
    }
}
