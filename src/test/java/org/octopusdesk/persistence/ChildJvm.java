package org.octopusdesk.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a main class of the tests in a separate JVM, as a second process of the application would be, or as the
 * application under a small heap.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    static Process start(Class<?> mainClass, String... args) throws IOException {
        return start("256m", mainClass, args);
    }

    /** The same with a heap of at most {@code maxHeap} ("128m"), as {@code -Xmx} takes it. */
    public static Process start(String maxHeap, Class<?> mainClass, String... args) throws IOException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + maxHeap, "-cp", classPath,
                mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Kills the process if it still runs after {@code limit}: a hung child fails its test instead of hanging. */
    public static void killAfter(Process process, java.time.Duration limit) {
        java.util.concurrent.CompletableFuture.delayedExecutor(limit.toMillis(),
                java.util.concurrent.TimeUnit.MILLISECONDS).execute(() -> process.toHandle().destroyForcibly());
    }

    public static BufferedReader output(Process process) {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }
}
