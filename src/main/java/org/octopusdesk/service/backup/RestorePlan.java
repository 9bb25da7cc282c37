package org.octopusdesk.service.backup;

import java.nio.file.Path;

/**
 * A restore ready to be put in place: the backup was loaded and opened apart from the data, and the current data was
 * backed up first.
 *
 * @param restoredFolder the folder holding the database built from {@code backup}
 * @param safetyCopy the backup of the data as it was before the restore
 */
public record RestorePlan(Path backup, Path restoredFolder, BackupFile safetyCopy) {
}
