package org.octopusdesk.domain.meeting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/**
 * What a person enters for a meeting document.
 *
 * @param file a file to copy into the data folder (replacing the document's copy), or null to keep what it has
 * @param removeFile whether to drop the document's copy; ignored when a new {@code file} is given
 */
public record MeetingDocumentDraft(String symbol, String titleEn, String titleFr, DocumentKind kind, LocalDate date,
        Path file, boolean removeFile) {

    public static final String SYMBOL = "symbol";
    public static final String TITLE_EN = "titleEn";
    public static final String TITLE_FR = "titleFr";
    public static final String KIND = "kind";
    public static final String DATE = "date";
    public static final String FILE = "file";
    public static final int TITLE_MAX = 300;

    public MeetingDocumentDraft {
        symbol = symbol == null ? "" : symbol.strip();
        titleEn = titleEn == null ? "" : titleEn.strip();
        titleFr = titleFr == null ? "" : titleFr.strip();
    }

    /** The rules of one document; a symbol unique across meetings and a readable file are the service's checks. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (symbol.isEmpty()) {
            errors.add(FieldError.of(SYMBOL, "validation.required"));
        } else if (DocumentSymbol.parse(symbol).isEmpty()) {
            errors.add(FieldError.of(SYMBOL, "validation.document.symbolForm", symbol));
        }
        if (titleEn.isEmpty()) {
            errors.add(FieldError.of(TITLE_EN, "validation.required"));
        } else if (titleEn.length() > TITLE_MAX) {
            errors.add(FieldError.of(TITLE_EN, "validation.tooLong", TITLE_MAX));
        }
        if (titleFr.length() > TITLE_MAX) {
            errors.add(FieldError.of(TITLE_FR, "validation.tooLong", TITLE_MAX));
        }
        if (kind == null) {
            errors.add(FieldError.of(KIND, "validation.required"));
        }
        return errors;
    }

    public DocumentSymbol parsedSymbol() {
        return DocumentSymbol.parse(symbol).orElseThrow();
    }
}
