package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: where the data folder is, for each system, with an injected environment and a temporary folder as
 * the user's home (the real home is never looked at).
 */
class DataFoldersTest {

    private static final String LINUX = "Linux";
    private static final String WINDOWS = "Windows 11";
    private static final String MAC = "Mac OS X";

    @TempDir
    Path home;

    private Path resolve(Map<String, String> environment, String osName) {
        return DataFolders.resolve(null, environment, home.toString(), osName);
    }

    @Test
    void aNewLinuxInstallationUsesTheXdgDataFolderInTheHome() {
        assertThat(resolve(Map.of(), LINUX)).isEqualTo(home.resolve(".local/share/octopus-desk"));
    }

    @Test
    void xdgDataHomeMovesItWhenAbsolute() {
        Path xdg = home.resolve("elsewhere");
        assertThat(resolve(Map.of("XDG_DATA_HOME", xdg.toString()), LINUX)).isEqualTo(xdg.resolve("octopus-desk"));
    }

    @Test
    void aRelativeOrBlankXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        Path standard = home.resolve(".local/share/octopus-desk");
        assertThat(resolve(Map.of("XDG_DATA_HOME", "relative/data"), LINUX)).isEqualTo(standard);
        assertThat(resolve(Map.of("XDG_DATA_HOME", "  "), LINUX)).isEqualTo(standard);
    }

    @Test
    void windowsUsesTheRoamingApplicationData() {
        Path appData = home.resolve("AppData-from-variable");
        assertThat(resolve(Map.of("APPDATA", appData.toString()), WINDOWS)).isEqualTo(appData.resolve("Octopus Desk"));
        assertThat(resolve(Map.of(), WINDOWS)).isEqualTo(home.resolve("AppData/Roaming/Octopus Desk"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(resolve(Map.of("XDG_DATA_HOME", home.resolve("x").toString()), MAC))
                .isEqualTo(home.resolve("Library/Application Support/Octopus Desk"));
    }

    @Test
    void anExistingFolderOfAnEarlierVersionKeepsBeingUsedOnEverySystem() throws IOException {
        Path legacy = Files.createDirectory(home.resolve(".octopus-desk"));
        assertThat(resolve(Map.of(), LINUX)).isEqualTo(legacy);
        assertThat(resolve(Map.of("APPDATA", home.resolve("roaming").toString()), WINDOWS)).isEqualTo(legacy);
        assertThat(resolve(Map.of(), MAC)).isEqualTo(legacy);
    }

    @Test
    void aFileNamedLikeTheEarlierFolderIsNotTakenForIt() throws IOException {
        Files.writeString(home.resolve(".octopus-desk"), "not a folder");
        assertThat(resolve(Map.of(), LINUX)).isEqualTo(home.resolve(".local/share/octopus-desk"));
    }

    @Test
    void theVariableAndTheOptionStillWinOverBoth() throws IOException {
        Files.createDirectory(home.resolve(".octopus-desk"));
        Path fromVariable = home.resolve("variable");
        Path fromOption = home.resolve("option");
        Map<String, String> environment = Map.of(DataFolders.ENVIRONMENT_VARIABLE, fromVariable.toString(),
                "XDG_DATA_HOME", home.resolve("xdg").toString());
        assertThat(resolve(environment, LINUX)).isEqualTo(fromVariable);
        assertThat(DataFolders.resolve(fromOption, environment, home.toString(), LINUX)).isEqualTo(fromOption);
    }

    @Test
    void resolvingCreatesNothing() throws IOException {
        resolve(Map.of(), LINUX);
        try (var entries = Files.list(home)) {
            assertThat(entries).isEmpty();
        }
    }
}
