package org.octopusdesk.persistence;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.h2.util.ScriptReader;
import org.octopusdesk.service.StorageException;
import org.octopusdesk.service.backup.BackupRefusedException;
import org.octopusdesk.service.backup.RestoreEngine;

/**
 * Builds a database from a backup script into a new folder, statement by statement, refusing a file that is cut
 * short, damaged, or holds anything but the schema and its rows; then moves it in place under the folder's lock.
 */
public final class H2RestoreEngine implements RestoreEngine {

    private static final String ENTRY = "script.sql";
    private static final int COMMIT_EVERY = 500;

    @Override
    public void load(Path backup, Path newFolder, DoubleConsumer progress) {
        String name = backup.toString();
        if (!Files.isRegularFile(backup)) {
            throw new BackupRefusedException("error.backup.notFound", null, name);
        }
        long scriptSize = scriptSize(backup);
        try (InputStream file = Files.newInputStream(backup);
                ZipInputStream zip = new ZipInputStream(file, StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getNextEntry();
            if (entry == null || !ENTRY.equals(entry.getName())) {
                throw BackupRefusedException.damaged(name, null);
            }
            Counting counting = new Counting(zip);
            try {
                run(new BufferedReader(new InputStreamReader(counting, StandardCharsets.UTF_8)), newFolder, name,
                        () -> progress.accept(Math.min(1, (double) counting.read / Math.max(1, scriptSize))));
            } catch (BackupRefusedException refused) {
                // A byte changed in the compressed script can read as a statement we never write, before the
                // entry's checksum at its end is reached: that checksum says whether the file is damaged rather
                // than someone else's.
                if (!intactToItsEnd(zip)) {
                    throw BackupRefusedException.damaged(name, refused);
                }
                throw refused;
            }
            if (zip.getNextEntry() != null) {
                throw BackupRefusedException.damaged(name, null);
            }
        } catch (IOException | SQLException | RuntimeException damaged) {
            if (damaged instanceof BackupRefusedException refused) {
                throw refused;
            }
            throw BackupRefusedException.damaged(name, damaged);
        }
        progress.accept(1);
    }

    /** Reads the rest of the current entry: false if its checksum or its compressed data is wrong. */
    private static boolean intactToItsEnd(ZipInputStream zip) {
        try {
            zip.transferTo(java.io.OutputStream.nullOutputStream());
            return true;
        } catch (IOException damaged) {
            return false;
        }
    }

    /** The script's size, from the ZIP's directory at its end: a file cut short has none and is refused here. */
    private static long scriptSize(Path backup) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            if (entries.size() != 1 || !ENTRY.equals(entries.get(0).getName())) {
                throw BackupRefusedException.damaged(backup.toString(), null);
            }
            return entries.get(0).getSize();
        } catch (IOException notAZip) {
            throw BackupRefusedException.damaged(backup.toString(), notAZip);
        }
    }

    private static void run(BufferedReader script, Path newFolder, String name, Runnable progress)
            throws SQLException {
        String url = "jdbc:h2:file:" + newFolder.toAbsolutePath().resolve(Database.FILE_NAME);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            ScriptReader reader = new ScriptReader(script);
            int count = 0;
            for (String next = reader.readStatement(); next != null; next = reader.readStatement()) {
                String sql = BackupScript.withoutLeadingComments(next);
                if (sql.isEmpty()) {
                    continue;
                }
                if (!BackupScript.allowed(sql)) {
                    throw new BackupRefusedException("error.backup.notOurs", null, name);
                }
                statement.execute(sql);
                if (++count % COMMIT_EVERY == 0) {
                    connection.commit();
                    progress.run();
                }
            }
            connection.commit();
            if (!hasSchemaHistory(statement)) {
                throw new BackupRefusedException("error.backup.notOurs", null, name);
            }
            statement.execute("SHUTDOWN");
        }
    }

    private static boolean hasSchemaHistory(Statement statement) throws SQLException {
        try (ResultSet found = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'flyway_schema_history'")) {
            return found.next() && found.getInt(1) == 1;
        }
    }

    @Override
    public void replace(Path dataFolder, Path restoredFolder) {
        Path restored = restoredFolder.resolve(Database.FILE_NAME + ".mv.db");
        Path current = dataFolder.resolve(Database.FILE_NAME + ".mv.db");
        Path setAside = restoredFolder.resolve("replaced.mv.db");
        try (DataFolderLock lock = DataFolderLock.acquire(dataFolder)) {
            if (Files.exists(current)) {
                Files.move(current, setAside, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(restored, current, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException failed) {
                if (Files.exists(setAside)) {
                    Files.move(setAside, current, StandardCopyOption.ATOMIC_MOVE);
                }
                throw failed;
            }
            Files.deleteIfExists(dataFolder.resolve(Database.FILE_NAME + ".trace.db"));
        } catch (IOException e) {
            throw StorageException.cannotOpen(dataFolder.toString(), e);
        }
    }

    /** Counts the script's bytes as they are read, for the progress. */
    private static final class Counting extends FilterInputStream {

        private long read;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                read++;
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                read += count;
            }
            return count;
        }

        @Override
        public void close() {
            // The ZIP stream is closed by its owner.
        }
    }
}
