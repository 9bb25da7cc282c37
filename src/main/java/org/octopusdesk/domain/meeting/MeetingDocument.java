package org.octopusdesk.domain.meeting;

import java.time.LocalDate;
import java.util.Locale;

/**
 * A document of a meeting as stored.
 *
 * @param titleFr the French title, empty when the document has none (the English one is shown instead)
 * @param date the document's date, null where the record does not give it
 * @param fileName the copy's name in the data folder's {@code documents/} folder, null when no file is kept
 * @param originalName the name of the file the copy was made from, null when no file is kept
 */
public record MeetingDocument(MeetingDocumentId id, MeetingId meeting, DocumentSymbol symbol, String titleEn,
        String titleFr, DocumentKind kind, LocalDate date, String fileName, String originalName) {

    /** The title in the person's language, the English one where no French title is recorded. */
    public String title(Locale locale) {
        return "fr".equals(locale.getLanguage()) && !titleFr.isEmpty() ? titleFr : titleEn;
    }

    public boolean hasFile() {
        return fileName != null;
    }
}
