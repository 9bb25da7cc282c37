package org.octopusdesk.service.backup;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/** Builds a database from a backup file, apart from the data folder, and puts it in place (decision 0024). */
public interface RestoreEngine {

    /**
     * Builds a new database in the empty folder {@code newFolder} from {@code backup}.
     *
     * @throws BackupRefusedException when the file is damaged or is no Octopus Desk backup
     */
    void load(Path backup, Path newFolder, DoubleConsumer progress);

    /**
     * Replaces the database of {@code dataFolder} with the one built in {@code restoredFolder}, holding the data
     * folder's lock: refused (and nothing moved) while a window or command has the folder open.
     */
    void replace(Path dataFolder, Path restoredFolder);
}
