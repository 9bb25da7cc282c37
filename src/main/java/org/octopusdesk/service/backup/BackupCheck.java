package org.octopusdesk.service.backup;

import java.nio.file.Path;
import org.octopusdesk.service.check.CheckReport;

/**
 * What checking a backup found: it opened (after {@code migrationsApplied} migrations to this version's schema) and
 * its money check gave {@code report}.
 */
public record BackupCheck(Path file, String schemaVersion, int migrationsApplied, CheckReport report) {

    public boolean agrees() {
        return report.agrees();
    }
}
