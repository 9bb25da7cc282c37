package org.octopusdesk.ui.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Loads and links the classes of the application's screens ahead of their first show, away from the FX thread
 * (decision 0053). A profile of the probe's tour put a third to a half of the FX thread's time in the meetings',
 * the projects' and the conferences' first shows in reading, defining and verifying their view and view model
 * classes, the first time any of them ran. Loading is safe on any thread; nothing here runs a class's static
 * set-up, which stays where the class is first used.
 */
final class ClassesAhead {

    /** The packages whose classes an area's screen uses on the FX thread as it is built. */
    static final List<String> PACKAGES = List.of("org/octopusdesk/ui/", "org/octopusdesk/domain/",
            "org/octopusdesk/i18n/", "org/octopusdesk/service/");
    private static final String SUFFIX = ".class";

    private ClassesAhead() {
    }

    /**
     * Loads and links every class named, with {@code loader}; returns how many were loaded. A class that cannot
     * be (one of an optional part's, missing its library) is skipped: it costs only the time it would save.
     */
    static int load(ClassLoader loader, List<String> classNames) {
        int loaded = 0;
        for (String name : classNames) {
            try {
                Class<?> type = Class.forName(name, false, loader);
                // Reflection links (verifies) the class, which loading alone leaves to its first use; it does not
                // initialise it.
                type.getDeclaredConstructors();
                loaded++;
            } catch (ClassNotFoundException | LinkageError | SecurityException e) {
                // Left to its first use, which reports it if it matters.
            }
        }
        return loaded;
    }

    /** The binary names of the classes in {@link #PACKAGES}, read from the jar or the folder this class came from. */
    static List<String> ownClassNames() {
        Path source;
        try {
            source = Path.of(ClassesAhead.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return List.of();
        }
        try {
            return Files.isDirectory(source) ? inFolder(source) : inJar(source);
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    private static List<String> inJar(Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                binaryName(entries.nextElement().getName()).ifPresent(names::add);
            }
        }
        names.sort(null);
        return names;
    }

    private static List<String> inFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'))
                    .flatMap(entry -> binaryName(entry).stream())
                    .sorted()
                    .toList();
        }
    }

    /** A class file's binary name, if it is one of {@link #PACKAGES}' classes (not a module or package info). */
    static Optional<String> binaryName(String entry) {
        if (!entry.endsWith(SUFFIX) || entry.endsWith("-info" + SUFFIX)
                || PACKAGES.stream().noneMatch(entry::startsWith)) {
            return Optional.empty();
        }
        return Optional.of(entry.substring(0, entry.length() - SUFFIX.length()).replace('/', '.'));
    }
}
