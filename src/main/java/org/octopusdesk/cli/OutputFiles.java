package org.octopusdesk.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.octopusdesk.domain.DomainException;

/**
 * The files the commands write (exports), opened so that a folder that does not exist, or may not be written,
 * is said in plain words rather than as a Java exception's name.
 */
final class OutputFiles {

    /** What a command does with the open file; it may fail writing it. */
    interface Writing {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFiles() {
    }

    static void write(Path file, Writing writing) {
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new DomainException("error.file.noFolder", absolute.toString(), folder.toString());
        }
        try (Writer out = Files.newBufferedWriter(absolute, StandardCharsets.UTF_8)) {
            writing.writeTo(out);
        } catch (NoSuchFileException e) {
            throw new DomainException("error.file.noFolder", absolute.toString(), String.valueOf(folder));
        } catch (AccessDeniedException e) {
            throw new DomainException("error.file.notAllowed", absolute.toString());
        } catch (FileSystemException e) {
            throw new DomainException("error.file.unwritable", absolute.toString(),
                    e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
        } catch (IOException e) {
            throw new DomainException("error.file.unwritable", absolute.toString(), String.valueOf(e.getMessage()));
        }
    }
}
