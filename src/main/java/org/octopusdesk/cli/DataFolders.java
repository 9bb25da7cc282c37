package org.octopusdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.octopusdesk.service.DataFolderPaths;

/**
 * Where the data lives: {@code --data-dir}, else {@code OCTOPUS_DESK_HOME}, else an existing {@code ~/.octopus-desk}
 * (where every version before the installers kept it), else the place each system's guidelines give to an
 * application's own data. The data folder is never inside the installation, so removing or upgrading the
 * application keeps the data.
 */
public final class DataFolders {

    public static final String ENVIRONMENT_VARIABLE = "OCTOPUS_DESK_HOME";
    /** The folder of the versions before the installers, in the user's home. */
    static final String LEGACY_FOLDER = ".octopus-desk";

    private DataFolders() {
    }

    /**
     * The data folder, absolute; refused (before anything is created, the log file included) when the database
     * could read part of its path as settings.
     *
     * @param environment the process's environment variables
     * @param userHome the {@code user.home} system property
     * @param osName the {@code os.name} system property
     */
    public static Path resolve(Path option, Map<String, String> environment, String userHome, String osName) {
        return DataFolderPaths.checked(chosen(option, environment, userHome, osName));
    }

    private static Path chosen(Path option, Map<String, String> environment, String userHome, String osName) {
        if (option != null) {
            return option;
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return Path.of(fromEnvironment);
        }
        Path legacy = Path.of(userHome, LEGACY_FOLDER);
        if (Files.isDirectory(legacy)) {
            return legacy;
        }
        return conventional(environment, userHome, osName);
    }

    /** The folder a new installation uses, following the system's convention for an application's data. */
    static Path conventional(Map<String, String> environment, String userHome, String osName) {
        String system = osName.toLowerCase(Locale.ROOT);
        if (system.startsWith("windows")) {
            // %APPDATA% is the roaming profile: the data follows the person from one workstation to another.
            return absoluteVariable(environment, "APPDATA")
                    .orElseGet(() -> Path.of(userHome, "AppData", "Roaming"))
                    .resolve("Octopus Desk");
        }
        if (system.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Octopus Desk");
        }
        // The XDG base directory specification: a relative $XDG_DATA_HOME is invalid and must be ignored.
        return absoluteVariable(environment, "XDG_DATA_HOME")
                .orElseGet(() -> Path.of(userHome, ".local", "share"))
                .resolve("octopus-desk");
    }

    private static Optional<Path> absoluteVariable(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? Optional.of(path) : Optional.empty();
    }
}
