package org.octopusdesk.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report file so that a reader never sees half of one: into a temporary file beside the target, moved
 * over it only once complete. A failure or a cancel leaves the folder as it was.
 */
public final class ReportFiles {

    /** Writes into a stream and answers what it wrote (a report: its page count). */
    @FunctionalInterface
    public interface Writing {
        int writeTo(OutputStream out) throws IOException;
    }

    private ReportFiles() {
    }

    /** Writes {@code target} through {@code writing}; answers what the writing answered. */
    public static int writeAtomically(Path target, Writing writing) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportFileException("report.error.noFolder", null, String.valueOf(folder));
        }
        if (Files.isDirectory(absolute)) {
            throw new ReportFileException("report.error.isFolder", null, absolute.toString());
        }
        Path temporary;
        try {
            temporary = Files.createTempFile(folder, ".octopus-report-", ".part");
        } catch (IOException e) {
            throw new ReportFileException("report.error.cannotWrite", e, folder.toString());
        }
        boolean moved = false;
        try {
            int answer;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                answer = writing.writeTo(out);
            }
            move(temporary, absolute);
            moved = true;
            return answer;
        } catch (IOException e) {
            throw new ReportFileException("report.error.cannotWrite", e, absolute.toString());
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The temporary file is hidden and named as ours; a later run does not depend on it being gone.
            file.toFile().deleteOnExit();
        }
    }
}
