package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.Map;
import org.octopusdesk.service.DataFolderPaths;

/** Where the data lives: {@code --data-dir}, else {@code OCTOPUS_DESK_HOME}, else {@code ~/.octopus-desk}. */
public final class DataFolders {

    public static final String ENVIRONMENT_VARIABLE = "OCTOPUS_DESK_HOME";

    private DataFolders() {
    }

    /**
     * The data folder, absolute; refused (before anything is created, the log file included) when the database
     * could read part of its path as settings.
     */
    public static Path resolve(Path option, Map<String, String> environment, String userHome) {
        return DataFolderPaths.checked(chosen(option, environment, userHome));
    }

    private static Path chosen(Path option, Map<String, String> environment, String userHome) {
        if (option != null) {
            return option;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        return Path.of(userHome, ".octopus-desk");
    }
}
