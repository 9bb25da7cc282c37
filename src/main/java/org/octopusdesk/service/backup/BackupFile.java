package org.octopusdesk.service.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One backup in a backup folder, named after the minute it was taken ({@code octopus-desk-2026-12-01-2215.zip}); a
 * second one in the same minute gets {@code -2}, a third {@code -3}.
 *
 * @param sequence 1 for the first backup of its minute
 */
public record BackupFile(Path path, LocalDateTime takenAt, int sequence, long size) {

    private static final String PREFIX = "octopus-desk-";
    private static final String SUFFIX = ".zip";
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmm");
    private static final Pattern NAME = Pattern.compile(
            "octopus-desk-(\\d{4}-\\d{2}-\\d{2}-\\d{4})(?:-(\\d{1,4}))?\\.zip");

    /** Oldest first: by minute, then by sequence within the minute. */
    public static final Comparator<BackupFile> OLDEST_FIRST = Comparator.comparing(BackupFile::takenAt)
            .thenComparingInt(BackupFile::sequence);

    /** The name of the {@code sequence}-th backup taken in the minute of {@code takenAt}. */
    public static String name(LocalDateTime takenAt, int sequence) {
        String minute = MINUTE.format(takenAt);
        return PREFIX + minute + (sequence > 1 ? "-" + sequence : "") + SUFFIX;
    }

    /** The backup a file name describes, or empty for any other file (they are never touched). */
    public static Optional<Named> parse(String fileName) {
        Matcher matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime minute = LocalDateTime.parse(matcher.group(1), MINUTE);
            int sequence = matcher.group(2) == null ? 1 : Integer.parseInt(matcher.group(2));
            return sequence < 2 && matcher.group(2) != null ? Optional.empty()
                    : Optional.of(new Named(minute, sequence));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    /** What a backup's name says. */
    public record Named(LocalDateTime takenAt, int sequence) {
    }
}
