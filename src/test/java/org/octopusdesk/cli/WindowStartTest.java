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
 * Decision 0033: a plain start of the window opens it without picocli, with the same options and the same
 * messages; anything else (a command, help, a mistake, an option given twice) still gets the whole command line.
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
    void anOptionGivenTwiceOrAnArgumentFileIsLeftToPicocli() {
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--lang", "fr", "--lang=en"})).isFalse();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--sample-data", "--sample-data"})).isFalse();
        assertThat(WindowStart.onlyOpensTheWindow(new String[] {"--data-dir", "@arguments.txt"})).isFalse();

        String[] twice = {"--data-dir", "/a", "--data-dir", "/b"};
        assertThat(OctopusDeskCommand.execute(environment, Map.of(), twice, new PrintWriter(err, true)))
                .isEqualTo(2);
        assertThat(err.toString()).contains("--data-dir").contains("only once");
        assertThat(windows).isEmpty();
    }

    @Test
    void theWindowOpensWithTheSameOptionsWithOrWithoutPicocli() {
        String[] args = {"--data-dir", "/tmp/octopus-data", "--lang", "fr", "--sample-data", "--cds-training"};

        assertThat(OctopusDeskCommand.execute(environment, Map.of(), args)).isZero();
        assertThat(OctopusDeskCommand.commandLine(environment, Map.of()).execute(args)).isZero();
        assertThat(windows).containsExactly("/tmp/octopus-data fr true close-when-ready",
                "/tmp/octopus-data fr true close-when-ready");

        String[] server = {"--db-url", "jdbc:postgresql://db.example/octopus?user=anna&password=x"};
        assertThat(OctopusDeskCommand.execute(environment, Map.of(), server)).isZero();
        assertThat(windows.get(2)).startsWith("server jdbc:postgresql://db.example");
    }

    @Test
    void aWindowThatCannotOpenIsSaidAsThroughPicocli() {
        Environment noDisplay = new Environment() {
            @Override
            public Workspace open(Path dataFolder) {
                throw new AssertionError();
            }

            @Override
            public Workspace open(Path dataFolder, ServerDatabase server) {
                throw new AssertionError();
            }

            @Override
            public org.octopusdesk.service.transfer.DatabaseCopy databaseCopy() {
                throw new AssertionError();
            }

            @Override
            public int openWindow(Path dataFolder, ServerDatabase server, String language, boolean loadSample,
                    boolean closeWhenReady) {
                throw new org.octopusdesk.domain.DomainException("error.window.unavailable");
            }

            @Override
            public int openWindow(Path dataFolder, String language, boolean loadSample, boolean closeWhenReady) {
                throw new org.octopusdesk.domain.DomainException("error.window.unavailable");
            }
        };
        String[] args = {"--data-dir", "/tmp/octopus-data", "--lang", "fr"};
        StringWriter throughPicocli = new StringWriter();
        CommandLine full = OctopusDeskCommand.commandLine(noDisplay, Map.of());
        full.setErr(new PrintWriter(throughPicocli, true));

        assertThat(OctopusDeskCommand.execute(noDisplay, Map.of(), args, new PrintWriter(err, true))).isEqualTo(1);
        assertThat(full.execute(args)).isEqualTo(1);
        assertThat(err.toString()).isNotBlank().isEqualTo(throughPicocli.toString());
    }

    @Test
    void aMistakeStillGetsTheHelpOfTheWholeCommandLine() {
        String[] args = {"--lang", "de"};

        assertThat(OctopusDeskCommand.execute(environment, Map.of(), args, new PrintWriter(err, true))).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown language 'de'").contains("projects").contains("contributions");
        assertThat(windows).isEmpty();
    }
}
