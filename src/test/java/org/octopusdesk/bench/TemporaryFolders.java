package org.octopusdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The bench's temporary folders, each created under the system's temporary folder and removed at the end. */
final class TemporaryFolders {

    private static final List<Path> CREATED = new ArrayList<>();

    private TemporaryFolders() {
    }

    static synchronized Path create(String prefix) {
        try {
            Path folder = Files.createTempDirectory(prefix);
            CREATED.add(folder);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes every folder created, with its contents; returns how many were removed. */
    static synchronized int removeAll() {
        int removed = 0;
        for (Path folder : CREATED) {
            try (Stream<Path> contents = Files.walk(folder)) {
                for (Path path : contents.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
                removed++;
            } catch (IOException | UncheckedIOException e) {
                System.err.printf("Could not remove %s: %s%n", folder, e.getMessage());
            }
        }
        CREATED.clear();
        return removed;
    }
}
