package org.octopusdesk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.Workspace;
import picocli.CommandLine;

/**
 * The command line as the tests run it: the real commands over the real services of a test database (with its
 * fixed today), standard output and error captured, and no window.
 */
final class TestCommandLine {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private final Environment environment = new Environment() {
        @Override
        public Workspace open(Path dataFolder) {
            return new TestDatabase(dataFolder).asWorkspace();
        }

        @Override
        public org.octopusdesk.service.transfer.DatabaseCopy databaseCopy() {
            return new org.octopusdesk.persistence.JooqDatabaseCopy();
        }

        @Override
        public Workspace open(Path dataFolder, org.octopusdesk.service.ServerDatabase server) {
            return new TestDatabase(dataFolder, server).asWorkspace();
        }

        @Override
        public int openWindow(Path dataFolder, org.octopusdesk.service.ServerDatabase server, String language,
                boolean loadSample, boolean closeWhenReady) {
            return openWindow(dataFolder, language, loadSample, closeWhenReady);
        }

        @Override
        public int openWindow(Path dataFolder, String language, boolean loadSample, boolean closeWhenReady) {
            throw new AssertionError("no window in these tests");
        }
    };

    /** Runs {@code args} with these environment variables; output adds to what was captured before. */
    int run(Map<String, String> variables, String... args) {
        CommandLine commandLine = OctopusDeskCommand.commandLine(environment, variables);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    /** Runs {@code args} on the data folder {@code folder}, without environment variables. */
    int runIn(Path folder, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return run(Map.of(), all);
    }

    /** Forgets what was captured. */
    void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }
}
