package org.octopusdesk.service.backup;

import java.nio.file.Path;

/**
 * Backups the services take before they change much at once: an import of more than
 * {@link #IMPORT_ROWS} lines, and a repair. A backup that fails is remembered and said, and the work goes on.
 */
public interface SafetyBackups {

    /** Files of up to this many data lines are imported without a backup first (decision 0024). */
    int IMPORT_ROWS = 20;

    /** For services without backups (tests, a database opened only to be checked). */
    SafetyBackups NONE = new SafetyBackups() {
        @Override
        public void beforeImport(Path file) {
        }

        @Override
        public void beforeRepair() {
        }
    };

    /** Before a file is imported: a backup when it has more than {@link #IMPORT_ROWS} data lines. */
    void beforeImport(Path file);

    void beforeRepair();
}
