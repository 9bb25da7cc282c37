package org.octopusdesk.service;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Why a file chosen for an import cannot be read, as a message key whose one argument is the file: the system's
 * own reason is in English and often only repeats the path ("NoSuchFileException: /tmp/x.csv").
 */
public final class UnreadableFile {

    private UnreadableFile() {
    }

    /** Asked once reading {@code file} failed, so that what is found is why it failed. */
    public static String reason(Path file) {
        if (Files.isDirectory(file)) {
            return "error.file.folder";
        }
        if (!Files.exists(file)) {
            return "error.file.missing";
        }
        return Files.isReadable(file) ? "error.file.unreadable" : "error.file.denied";
    }
}
