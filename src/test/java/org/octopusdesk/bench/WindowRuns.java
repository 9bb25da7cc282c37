package org.octopusdesk.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Starts windows in their own Java processes, as a person starts the application, and collects what their probe
 * prints. Without a display it starts an Xvfb of its own for them, and stops it when closed.
 */
final class WindowRuns implements AutoCloseable {

    /** The file the window's probe ({@code org.octopusdesk.app.StartupProbe}) writes its lines to. */
    private static final String REPORT_PROPERTY = "octopus.probe.report";
    private static final long TIMEOUT_MINUTES = 10;

    private final String classPath = classPath();
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String display;
    private final Process xvfb;

    WindowRuns() {
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            display = existing;
            xvfb = null;
            return;
        }
        display = ":" + (90 + (int) (ProcessHandle.current().pid() % 9));
        try {
            xvfb = new ProcessBuilder("Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1_500);
        } catch (IOException e) {
            throw new UncheckedIOException("No display and no Xvfb to start: install xvfb or set DISPLAY", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String display() {
        return display;
    }

    /** A finished run: when it was started (epoch milliseconds) and the probe's lines by their first word. */
    record Run(long startedAt, Map<String, String> probe) {

        long millisTo(String event) {
            String value = probe.get(event);
            if (value == null) {
                throw new IllegalStateException("The window did not report " + event + ": " + probe);
            }
            return Long.parseLong(value.split(" ")[0]) - startedAt;
        }
    }

    /** Runs {@code mainClass} on the bench's own class path with {@code systemProperties} and {@code args}. */
    Run run(String mainClass, Map<String, String> systemProperties, String... args) {
        return run(new WindowLaunches.Launch(classPath, List.of()), mainClass, systemProperties, args);
    }

    /** Runs {@code mainClass} as {@code launch} says, with {@code systemProperties} and {@code args}, to its end. */
    Run run(WindowLaunches.Launch launch, String mainClass, Map<String, String> systemProperties, String... args) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-cp", launch.classPath()));
        systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        Map<String, String> probe = new HashMap<>();
        try {
            Path report = Files.createTempFile("octopus-probe", ".txt");
            command.add(1, "-D" + REPORT_PROPERTY + "=" + report);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().put("DISPLAY", display);
            long startedAt = System.currentTimeMillis();
            Process process = builder.start();
            List<String> output = new ArrayList<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines.lines().forEach(output::add);
            }
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(mainClass + " failed; its output:\n"
                        + output.stream().collect(Collectors.joining("\n")));
            }
            for (String line : Files.readAllLines(report, StandardCharsets.UTF_8)) {
                String[] words = line.split(" ", 2);
                probe.put(words[0], words.length > 1 ? words[1] : "");
            }
            Files.delete(report);
            return new Run(startedAt, probe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Called in the bare window's process: appends {@code line} to the file the benchmark named. */
    static void report(String line) {
        try {
            Files.writeString(Path.of(System.getProperty(REPORT_PROPERTY)), line + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class path this benchmark runs with: Maven's exec plugin hands it over in a class loader. */
    private static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader
                && loader.getURLs().length > 0) {
            return Arrays.stream(loader.getURLs()).map(url -> {
                try {
                    return Path.of(url.toURI()).toString();
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.joining(File.pathSeparator));
        }
        return System.getProperty("java.class.path");
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }
}
