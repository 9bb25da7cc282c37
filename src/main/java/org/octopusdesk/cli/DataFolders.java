package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.Map;

/** Where the data lives: {@code --data-dir}, else {@code OCTOPUS_DESK_HOME}, else {@code ~/.octopus-desk}. */
public final class DataFolders {

    public static final String ENVIRONMENT_VARIABLE = "OCTOPUS_DESK_HOME";

    private DataFolders() {
    }

    public static Path resolve(Path option, Map<String, String> environment, String userHome) {
        if (option != null) {
            return option.toAbsolutePath().normalize();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment).toAbsolutePath().normalize();
        }
        return Path.of(userHome, ".octopus-desk");
    }
}
