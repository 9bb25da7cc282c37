package org.octopusdesk.service;

import java.nio.file.Path;
import org.octopusdesk.domain.ControlCharacters;

/**
 * Which data folder paths the embedded database can take literally. H2 has no quoting in its connection URL: it
 * cuts the URL at the first {@code ;} and reads everything after it as {@code KEY=VALUE} settings, some of which
 * run SQL ({@code INIT=...}). A folder named {@code x;INIT=...} would run that SQL, so such a path is refused
 * before anything (folder, log file or database) is created.
 *
 * <p>Other characters are harmless once the path is absolute: {@code =} means nothing without a {@code ;}
 * before it, a leading {@code ~} or a {@code mem:}/{@code tcp:} prefix cannot occur at the start of an
 * absolute path, and H2 reads a {@code name:} file-system prefix only where no {@code /} or {@code \} precedes
 * it. Control characters are refused too: no file system on which the app runs would show them sensibly, and a
 * line break in a path would split the messages and log lines that quote it.
 */
public final class DataFolderPaths {

    private static final String SETTINGS_SEPARATOR = ";";

    private DataFolderPaths() {
    }

    /** Returns the folder, absolute and normalized, or throws if the database could misread its path. */
    public static Path checked(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String text = absolute.toString();
        if (text.contains(SETTINGS_SEPARATOR)) {
            throw StorageException.unsafeFolderName(text, SETTINGS_SEPARATOR);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                throw StorageException.unsafeFolderName(printable(text), ControlCharacters.named(c));
            }
        }
        return absolute;
    }

    private static String printable(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown.toString();
    }
}
