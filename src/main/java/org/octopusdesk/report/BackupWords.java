package org.octopusdesk.report;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.backup.BackupFailure;

/** Backups in words: their sizes, the minute they were taken, and the last failure. */
public final class BackupWords {

    private static final long KILOBYTE = 1024;
    private static final long MEGABYTE = KILOBYTE * 1024;
    private static final long GIGABYTE = MEGABYTE * 1024;

    private final Messages messages;

    public BackupWords(Messages messages) {
        this.messages = messages;
    }

    /** A size as 812 KB, 1.7 MB or 2.3 GB (in French: 1,7 Mo). */
    public String size(long bytes) {
        if (bytes >= GIGABYTE) {
            return messages.text("backup.size.gb", oneDecimal(bytes, GIGABYTE));
        }
        if (bytes >= MEGABYTE) {
            return messages.text("backup.size.mb", oneDecimal(bytes, MEGABYTE));
        }
        return messages.text("backup.size.kb", messages.number(Math.max(1, (bytes + KILOBYTE - 1) / KILOBYTE)));
    }

    /** When a backup was taken, as the language writes a date and a time. */
    public String takenAt(LocalDateTime at) {
        return messages.date(at.toLocalDate()) + " "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale()).format(at);
    }

    /** "The last backup, on …, failed: why." */
    public String failure(BackupFailure failure) {
        return messages.text("backup.lastFailed", takenAt(failure.at()), messages.message(failure.reason()));
    }

    private String oneDecimal(long bytes, long unit) {
        return messages.number(java.math.BigDecimal.valueOf(bytes * 10 / unit, 1));
    }
}
