package org.octopusdesk.ui.meetings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.meeting.DocumentKind;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.meetings.MeetingDocumentService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/**
 * The form of a meeting document. For a new one the symbol is proposed as the next number of the document's year
 * (the meeting's year until a date is given), until the person types their own.
 */
public final class DocumentEditorViewModel {

    private final MeetingDocumentService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Meeting meeting;
    private final MeetingDocument original;
    private final StringProperty symbol = new SimpleStringProperty("");
    private final StringProperty titleEn = new SimpleStringProperty("");
    private final StringProperty titleFr = new SimpleStringProperty("");
    private final ObjectProperty<DocumentKind> kind = new SimpleObjectProperty<>(DocumentKind.WORKING_DOCUMENT);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty file = new SimpleStringProperty("");
    private final BooleanProperty removeFile = new SimpleBooleanProperty();
    private final FieldErrors fieldErrors;
    private final FormSave saving;
    private String proposed = "";

    /** @param original the document to edit, or {@code null} for a new one of {@code meeting} */
    public DocumentEditorViewModel(MeetingDocumentService service, BackgroundRunner runner, ErrorReporter errors,
            Messages messages, Meeting meeting, MeetingDocument original) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.meeting = meeting;
        this.original = original;
        this.fieldErrors = new FieldErrors(messages, MeetingDocumentDraft.SYMBOL, MeetingDocumentDraft.TITLE_EN,
                MeetingDocumentDraft.TITLE_FR, MeetingDocumentDraft.KIND, MeetingDocumentDraft.DATE,
                MeetingDocumentDraft.FILE);
        this.saving = new FormSave(runner, errors, fieldErrors, MeetingDocumentDraft.SYMBOL);
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(MeetingDocumentDraft.SYMBOL, symbol);
        fieldErrors.watch(MeetingDocumentDraft.TITLE_EN, titleEn);
        fieldErrors.watch(MeetingDocumentDraft.TITLE_FR, titleFr);
        fieldErrors.watch(MeetingDocumentDraft.KIND, kind);
        fieldErrors.watch(MeetingDocumentDraft.FILE, file);
        if (original != null) {
            symbol.set(original.symbol().text());
            titleEn.set(original.titleEn());
            titleFr.set(original.titleFr());
            kind.set(original.kind());
            date.set(original.date());
        } else {
            date.addListener((observable, old, value) -> propose());
            propose();
        }
    }

    /** Proposes the next symbol of the document's year, unless the person typed a symbol of their own. */
    private void propose() {
        int year = date.get() == null ? meeting.start().getYear() : date.get().getYear();
        runner.run(() -> service.proposedSymbol(year), next -> {
            if (symbol.get().isBlank() || symbol.get().equals(proposed)) {
                proposed = next.text();
                symbol.set(proposed);
            }
        }, errors::report);
    }

    public boolean isNew() {
        return original == null;
    }

    /** The name of the file the document's copy was made from, empty when it has none. */
    public String currentFile() {
        return original == null || original.originalName() == null ? "" : original.originalName();
    }

    public void save(Consumer<MeetingDocument> onSaved) {
        if (fieldErrors.show(problems(), MeetingDocumentDraft.SYMBOL)) {
            MeetingDocumentDraft draft = draft();
            saving.run(() -> original == null ? service.create(meeting.id(), draft)
                    : service.update(original.id(), draft), onSaved);
        }
    }

    private List<FieldError> problems() {
        List<FieldError> problems = new java.util.ArrayList<>(draft().validate());
        if (!file.get().isBlank() && chosenFile() == null) {
            problems.add(FieldError.of(MeetingDocumentDraft.FILE, "validation.document.fileMissing", file.get()));
        }
        return problems;
    }

    private Path chosenFile() {
        if (file.get().isBlank()) {
            return null;
        }
        try {
            return Path.of(file.get().strip());
        } catch (InvalidPathException notAPath) {
            return null;
        }
    }

    private MeetingDocumentDraft draft() {
        return new MeetingDocumentDraft(symbol.get(), titleEn.get(), titleFr.get(), kind.get(), date.get(),
                chosenFile(), removeFile.get());
    }

    public StringProperty symbolProperty() {
        return symbol;
    }

    public StringProperty titleEnProperty() {
        return titleEn;
    }

    public StringProperty titleFrProperty() {
        return titleFr;
    }

    public ObjectProperty<DocumentKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The path of a file to copy in, typed or chosen; empty to keep the document's copy. */
    public StringProperty fileProperty() {
        return file;
    }

    public BooleanProperty removeFileProperty() {
        return removeFile;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }
}
