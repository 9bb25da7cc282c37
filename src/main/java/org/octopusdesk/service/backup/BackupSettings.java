package org.octopusdesk.service.backup;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.PreferenceStore;

/**
 * Where the backups of a data folder go and how many are kept. Kept with the data folder (its
 * {@code preferences/backups.properties}), since they belong to that folder's data, not to the workstation.
 *
 * @param chosenFolder the folder the person picked (a network drive), or {@code null} for the data folder's
 *     {@code backups/}
 * @param generations how many backups are kept; older ones are deleted after each new one
 */
public record BackupSettings(Path chosenFolder, int generations) {

    public static final int DEFAULT_GENERATIONS = 10;
    public static final int MAX_GENERATIONS = 999;
    static final String GROUP = "backups";
    public static final BackupSettings DEFAULT = new BackupSettings(null, DEFAULT_GENERATIONS);

    public BackupSettings {
        if (generations < 1 || generations > MAX_GENERATIONS) {
            throw new DomainException("error.backup.generations", generations, MAX_GENERATIONS);
        }
    }

    public Optional<Path> chosen() {
        return Optional.ofNullable(chosenFolder);
    }

    /** The folder the backups of {@code dataFolder} go to. */
    public Path folderOf(Path dataFolder) {
        return chosenFolder != null ? chosenFolder : dataFolder.resolve("backups");
    }

    static BackupSettings load(PreferenceStore store) {
        Map<String, String> values = store.load(GROUP);
        String folder = values.get("folder");
        int generations;
        try {
            generations = Integer.parseInt(values.getOrDefault("generations", "" + DEFAULT_GENERATIONS));
        } catch (NumberFormatException damaged) {
            generations = DEFAULT_GENERATIONS;
        }
        generations = Math.max(1, Math.min(MAX_GENERATIONS, generations));
        return new BackupSettings(folder == null || folder.isBlank() ? null : Path.of(folder), generations);
    }

    void save(PreferenceStore store) {
        Map<String, String> values = new TreeMap<>();
        if (chosenFolder != null) {
            values.put("folder", chosenFolder.toAbsolutePath().toString());
        }
        values.put("generations", Integer.toString(generations));
        store.save(GROUP, values);
    }
}
