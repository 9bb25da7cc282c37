package org.octopusdesk.service.meetings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.meeting.DocumentSymbol;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;

/**
 * The copies of meeting documents in the data folder's {@code documents/} folder. A copy is named from its symbol
 * and the original's extension only ({@code T-CY-2020-33.pdf}), never from the original name: a name with
 * {@code ../}, separators, control characters or a reserved Windows name (decision 0014) cannot reach the path.
 */
final class DocumentFiles {

    static final String FOLDER = "documents";
    private static final int ORIGINAL_NAME_MAX = 255;

    private final Path folder;

    DocumentFiles(Path dataFolder) {
        this.folder = dataFolder.toAbsolutePath().normalize().resolve(FOLDER);
    }

    /** Refuses, beside the file field, a source that is not there, is a folder, or cannot be read. */
    static void checkReadable(Path source) {
        if (!Files.exists(source) || Files.isDirectory(source)) {
            throw new ValidationException(java.util.List.of(
                    FieldError.of(MeetingDocumentDraft.FILE, "validation.document.fileMissing", source.toString())));
        }
        if (!Files.isReadable(source)) {
            throw new ValidationException(java.util.List.of(
                    FieldError.of(MeetingDocumentDraft.FILE, "validation.document.fileUnreadable", source.toString())));
        }
    }

    /** Copies {@code source} in under a name of its own and returns that name. */
    String copyIn(Path source, DocumentSymbol symbol) {
        checkReadable(source);
        String base = "T-CY-" + symbol.year() + "-" + symbol.number();
        String extension = extension(source).map(found -> "." + found).orElse("");
        try {
            Files.createDirectories(folder);
            for (int attempt = 1; ; attempt++) {
                String name = attempt == 1 ? base + extension : base + "-" + attempt + extension;
                Path target = folder.resolve(name);
                if (!Files.exists(target)) {
                    Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    return name;
                }
            }
        } catch (IOException failure) {
            throw new DomainException("error.document.copyFailed", source.toString(), reason(failure));
        }
    }

    /** The stored copy, refused with a message when it is gone from the data folder. */
    Path existing(String name, DocumentSymbol symbol) {
        Path file = folder.resolve(name).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            throw new DomainException("error.document.fileGone", symbol.text(), file.toString());
        }
        return file;
    }

    /** Removes a copy no document names any more; a copy that cannot be removed is left, and logged. */
    void deleteQuietly(String name) {
        if (name == null) {
            return;
        }
        Path file = folder.resolve(name).normalize();
        try {
            if (file.startsWith(folder)) {
                Files.deleteIfExists(file);
            }
        } catch (IOException failure) {
            org.slf4j.LoggerFactory.getLogger(DocumentFiles.class).warn("Could not remove {}: {}", file,
                    failure.toString());
        }
    }

    /** The original's name as the person knows it, for display only: control characters out, length bounded. */
    static String originalName(Path source) {
        Path name = source.getFileName();
        String text = name == null ? source.toString() : name.toString();
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return shown.length() > ORIGINAL_NAME_MAX ? shown.substring(0, ORIGINAL_NAME_MAX) : shown.toString();
    }

    /** The extension when it is plain letters and digits ("pdf", "docx"): anything else is dropped. */
    static Optional<String> extension(Path source) {
        Path name = source.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            return Optional.empty();
        }
        String extension = text.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,10}") ? Optional.of(extension) : Optional.empty();
    }

    private static String reason(IOException failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
