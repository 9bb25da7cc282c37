package org.octopusdesk.service.backup;

import java.nio.file.Path;

/** Writes consistent copies of the open database while it is in use (decision 0024). */
public interface BackupEngine {

    /**
     * Writes a copy of the database as it is committed now to {@code file}, which does not exist yet. The file appears
     * whole or not at all.
     *
     * @throws java.io.UncheckedIOException when the file cannot be written (a read-only folder, a full drive)
     */
    void write(Path file);

    /**
     * Whether this engine can copy the database at all: not on a PostgreSQL server, which its administrators back
     * up with the server's tools (decision 0030).
     */
    default boolean available() {
        return true;
    }
}
