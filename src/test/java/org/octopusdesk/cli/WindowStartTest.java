package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.service.Workspace;
import picocli.CommandLine;

/**
 * Decision 0033: a plain start of the window builds the command line without its commands; it opens the window
 * with the same options, and anything else (a command, help, a mistake) still gets the whole command line.
 */
class WindowStartTest {

    private final List<String> windows = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private final Environment environment = new Environment() {
        @Override
        public Workspace open(Path dataFolder) {
            throw new AssertionError("no command here opens the data outside the window");
        }

        @Override
        public Workspace open(Path dataFolder, ServerDatabase server) {
            throw new AssertionError("no command here opens the data outside the window");
        }

        @Override
        public org.octopusdesk.service.transfer.DatabaseCopy databaseCopy() {
            throw new AssertionError("no copy here");
        }

        @Override
        public int openWindow(Path dataFolder, ServerDatabase server, String language, boolean loadSample,
                boolean closeWhenReady) {
            windows.add("server " + server.jdbcUrl() + " " + dataFolder + " " + language + " " + loadSample);
            return 0;
        }

        @Override
        public int openWindow(Path dataFolder, String language, boolean loadSample, boolean closeWhenReady) {
            windows.add(dataFolder + " " + language + " " + loadSample + (closeWhenReady ? " close-when-ready" : ""));
            return 0;
        }
    };

    @Test
    void recognisesOnlyTheOptionsOfTheWindowEachWellFormed() {
        assertThat(WindowStart.onlyOpensTheWindow(new String[0])).isTrue();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--data-dir", "/data", "--lang", "fr",
            "--sample-data", "--cds-training"})).isTrue();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--data-dir=/data", "--lang=en"})).isTrue();

        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--data-dir", "/data", "projects", "list"}))
                .as("a command").isFalse();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--help"})).isFalse();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"-V"})).isFalse();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--data-dir"})).as("no value").isFalse();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--data-dir", "--lang", "fr"})).isFalse();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--lang", "de"})).as("a language we lack").isFalse();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--sample-data=true"})).isFalse();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--frobnicate"})).isFalse();
    }

    @Test
    void theWindowOpensWithTheSameOptionsWithOrWithoutTheCommands() {
        String[] args = {"--data-dir", "/tmp/octopus-data", "--lang", "fr", "--sample-data", "--cds-training"};
        CommandLine lean = OctopusDeskCommand.commandLine(environment, Map.of(), args);
        CommandLine full = OctopusDeskCommand.commandLine(environment, Map.of());

        assertThat(lean.getSubcommands()).isEmpty();
        assertThat(full.getSubcommands()).hasSize(OctopusDeskCommand.COMMANDS.size());
        assertThat(lean.execute(args)).isZero();
        assertThat(full.execute(args)).isZero();
        assertThat(windows).containsExactly("/tmp/octopus-data fr true close-when-ready",
                "/tmp/octopus-data fr true close-when-ready");

        String[] server = {"--db-url", "jdbc:postgresql://db.example/octopus?user=anna&password=x"};
        assertThat(OctopusDeskCommand.commandLine(environment, Map.of(), server).execute(server)).isZero();
        assertThat(windows.get(2)).startsWith("server jdbc:postgresql://db.example");
    }

    @Test
    void aMistakeStillGetsTheHelpOfTheWholeCommandLine() {
        String[] args = {"--lang", "de"};
        CommandLine commandLine = OctopusDeskCommand.commandLine(environment, Map.of(), args);
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(commandLine.execute(args)).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown language 'de'").contains("projects").contains("contributions");
        assertThat(windows).isEmpty();
    }
}
