package org.octopusdesk.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How the bench starts the two windows it compares: the application from its jar and the jars beside it
 * ({@code target/octopus-desk.jar}, {@code target/lib}), as the installer ships them, and the bare window from a
 * jar of its own with only JavaFX beside it. Each may also start with a class-data-sharing archive recorded the
 * way the installer records its own (installer/build.sh): a dynamic archive written at the exit of a training run
 * of the same jars ({@code -XX:ArchiveClassesAtExit}), the application's run being its {@code --cds-training}
 * start on a new data folder with the sample data; then mapped by every start ({@code -XX:SharedArchiveFile}).
 * The JDK's own base archive is under both, as under the installer's.
 */
final class WindowLaunches {

    static final String APPLICATION = "org.octopusdesk.app.Launcher";

    /** A window's process: its class path and the JVM options that select a class-data-sharing archive. */
    record Launch(String classPath, List<String> jvmOptions) {

        /** With the archive and the options the installer gives with it (installer/build.sh, decision 0039). */
        Launch withArchive(Path archive) {
            return new Launch(classPath, List.of("-XX:SharedArchiveFile=" + archive, "-XX:+UnlockDiagnosticVMOptions",
                    "-XX:ArchiveRelocationMode=0"));
        }
    }

    private final Path folder;
    private final Launch application;
    private final Launch bare;

    WindowLaunches(Path folder) {
        this.folder = folder;
        Path target = Path.of("target");
        Path jar = target.resolve("octopus-desk.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar.toAbsolutePath() + ": run the bench with mvn -Pbench verify");
        }
        List<Path> libraries = libraries(target.resolve("lib"));
        List<Path> applicationPath = new ArrayList<>(List.of(jar));
        applicationPath.addAll(libraries);
        this.application = new Launch(joined(applicationPath), List.of());
        List<Path> barePath = new ArrayList<>(List.of(bareWindowJar(folder.resolve("bare-window.jar"))));
        libraries.stream().filter(library -> library.getFileName().toString().startsWith("javafx-"))
                .forEach(barePath::add);
        this.bare = new Launch(joined(barePath), List.of());
    }

    Launch application() {
        return application;
    }

    Launch bare() {
        return bare;
    }

    /** Records the application's archive with its training start, as the installer does; returns its launch. */
    Launch trainApplication(WindowRuns windows) {
        Path archive = folder.resolve("application.jsa");
        windows.run(new Launch(application.classPath(), recording(archive)), APPLICATION, Map.of(), "--data-dir",
                folder.resolve("training-data").toString(), "--sample-data", "--cds-training");
        return application.withArchive(existing(archive));
    }

    /** Records the bare window's archive from one start of it: its own fair floor. */
    Launch trainBare(WindowRuns windows) {
        Path archive = folder.resolve("bare-window.jsa");
        windows.run(new Launch(bare.classPath(), recording(archive)), BareWindow.class.getName(), Map.of());
        return bare.withArchive(existing(archive));
    }

    /** The options of a training run, the installer's: the archive written at exit, only errors said. */
    private static List<String> recording(Path archive) {
        return List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=error");
    }

    private static Path existing(Path archive) {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("The training run wrote no archive " + archive);
        }
        return archive;
    }

    private static List<Path> libraries(Path lib) {
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No " + lib.toAbsolutePath() + ": run the bench with mvn -Pbench verify", e);
        }
    }

    /** A jar of the bare window's classes (and the report it writes with), taken from the compiled tests. */
    private static Path bareWindowJar(Path jar) {
        try {
            Path classes = Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path bench = classes.resolve("org/octopusdesk/bench");
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                    Stream<Path> files = Files.list(bench)) {
                for (Path file : files.filter(WindowLaunches::ofTheBareWindow).sorted().toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar,
                            '/')));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean ofTheBareWindow(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".class") && (name.startsWith("BareWindow") || name.startsWith("WindowRuns"));
    }

    private static String joined(List<Path> paths) {
        return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
