package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, finding 5: when the log file cannot be written, the terminal shows the app's own message and nothing
 * from the logging library. Runs the real launcher in a child JVM with the shipped logback.xml (the test
 * classes, and their console logback-test.xml, are left off its class path).
 */
class QuietLoggingTest {

    @TempDir
    Path root;

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome launch(String... args) throws IOException, InterruptedException {
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes"))
                .collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-cp", classPath,
                Launcher.class.getName()));
        command.addAll(List.of(args));
        Path out = root.resolve("out.txt");
        Path err = root.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void aDataFolderThatIsAFileGivesOnlyTheAppsMessage() throws Exception {
        Path file = Files.writeString(root.resolve("not-a-folder"), "x");

        Outcome outcome = launch("--data-dir", file.toString(), "projects", "list");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err().strip()).isEqualTo("The data folder " + file
                + " cannot be opened. Check that it exists and that you may write to it.");
        assertThat(outcome.out()).isEmpty();
    }

    @Test
    void aLogFolderThatCannotBeWrittenStaysSilentAndTheCommandStillWorks() throws Exception {
        Path folder = Files.createDirectories(root.resolve("data"));
        // A file where the log folder should be: logback cannot open its file, as in a read-only folder.
        Files.writeString(folder.resolve("logs"), "x");

        Outcome outcome = launch("--data-dir", folder.toString(), "projects", "list");

        assertThat(outcome.err()).isEmpty();
        assertThat(outcome.exitCode()).isZero();
    }
}
