package org.octopusdesk.service.meetings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.meeting.DocumentSymbol;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;
import org.octopusdesk.domain.meeting.MeetingDocumentId;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/**
 * A meeting's documents: symbols {@code T-CY(YYYY)NN} unique across meetings and proposed as the next number of
 * their year, titles in both languages, and an optional copy of the file in the data folder.
 */
public class MeetingDocumentService {

    /** The record type in the audit trail; the key is the symbol, which names a document for the secretariat. */
    public static final String AUDIT_TYPE = "MEETING_DOCUMENT";

    private final DocumentRepository documents;
    private final MeetingRepository meetings;
    private final DocumentFiles files;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public MeetingDocumentService(DocumentRepository documents, MeetingRepository meetings, Path dataFolder,
            Transactions transactions, Clock clock, Auditor auditor) {
        this.documents = documents;
        this.meetings = meetings;
        this.files = new DocumentFiles(dataFolder);
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** The meeting's documents by symbol. */
    public List<MeetingDocument> documents(MeetingId meeting) {
        return transactions.inTransaction(() -> documents.documentsOf(meeting));
    }

    /**
     * The next number of the year: one past the highest given, as for meetings, since the lower ones missing are
     * documents not recorded yet rather than numbers free to take.
     */
    public DocumentSymbol proposedSymbol(int year) {
        return transactions.inTransaction(() -> DocumentSymbol.of(year, documents.highestNumber(year) + 1));
    }

    public MeetingDocument create(MeetingId meeting, MeetingDocumentDraft draft) {
        return withNewCopy(draft, copy -> transactions.inTransaction(() -> {
            Meeting owner = meetings.findById(meeting).orElseThrow(() -> new NotFoundException(meeting.toString()));
            DocumentSymbol symbol = validated(draft, null);
            String name = copy.make(symbol);
            MeetingDocument created = documents.insert(meeting, symbol, draft, name,
                    name == null ? null : DocumentFiles.originalName(draft.file()), clock.instant());
            auditor.record(AUDIT_TYPE, symbol.text(), AuditEntry.Action.CREATE, null, values(created, owner));
            return created;
        }));
    }

    public MeetingDocument update(MeetingDocumentId id, MeetingDocumentDraft draft) {
        List<String> replaced = new ArrayList<>();
        MeetingDocument saved = withNewCopy(draft, copy -> transactions.inTransaction(() -> {
            MeetingDocument current = require(id);
            DocumentSymbol symbol = validated(draft, id);
            String name = copy.make(symbol);
            String fileName = current.fileName();
            String originalName = current.originalName();
            if (name != null || draft.removeFile()) {
                fileName = name;
                originalName = name == null ? null : DocumentFiles.originalName(draft.file());
                if (current.fileName() != null) {
                    replaced.add(current.fileName());
                }
            }
            MeetingDocument updated = documents.update(id, symbol, draft, fileName, originalName, clock.instant());
            Meeting owner = meetings.findById(updated.meeting()).orElseThrow();
            auditor.record(AUDIT_TYPE, symbol.text(), AuditEntry.Action.UPDATE, values(current, owner),
                    values(updated, owner));
            return updated;
        }));
        replaced.forEach(files::deleteQuietly);
        return saved;
    }

    public void delete(MeetingDocumentId id) {
        MeetingDocument deleted = transactions.inTransaction(() -> {
            MeetingDocument document = require(id);
            Meeting owner = meetings.findById(document.meeting()).orElseThrow();
            documents.delete(id);
            auditor.record(AUDIT_TYPE, document.symbol().text(), AuditEntry.Action.DELETE, values(document, owner),
                    null);
            return document;
        });
        files.deleteQuietly(deleted.fileName());
    }

    /** The document's copy in the data folder, to open; refused when it has none or the copy is gone. */
    public Path file(MeetingDocumentId id) {
        MeetingDocument document = transactions.inTransaction(() -> require(id));
        if (!document.hasFile()) {
            throw new DomainException("error.document.noFile", document.symbol().text());
        }
        return files.existing(document.fileName(), document.symbol());
    }

    private DocumentSymbol validated(MeetingDocumentDraft draft, MeetingDocumentId self) {
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (errors.isEmpty()) {
            Optional<MeetingDocument> holder = documents.findBySymbol(draft.parsedSymbol());
            if (holder.isPresent() && !holder.get().id().equals(self)) {
                MeetingDocument other = holder.get();
                String meeting = meetings.findById(other.meeting()).map(Meeting::shortTitle).orElse("");
                errors.add(FieldError.of(MeetingDocumentDraft.SYMBOL, "validation.document.symbolTaken",
                        other.symbol().text(), other.titleEn(), meeting));
            }
        }
        if (draft.file() != null && errors.isEmpty()) {
            DocumentFiles.checkReadable(draft.file());
        }
        ValidationException.throwIfAny(errors);
        return draft.parsedSymbol();
    }

    /** Runs {@code work} with a maker of the new copy; if the work fails, the copy it made is removed. */
    private MeetingDocument withNewCopy(MeetingDocumentDraft draft, java.util.function.Function<Copy,
            MeetingDocument> work) {
        Copy copy = new Copy(draft.file());
        try {
            return work.apply(copy);
        } catch (RuntimeException failure) {
            files.deleteQuietly(copy.made);
            throw failure;
        }
    }

    /** The copy of a draft's new file, made once the symbol it is named from is known to be valid. */
    private final class Copy {
        private final Path source;
        private String made;

        Copy(Path source) {
            this.source = source;
        }

        String make(DocumentSymbol symbol) {
            if (source != null) {
                made = files.copyIn(source, symbol);
            }
            return made;
        }
    }

    private MeetingDocument require(MeetingDocumentId id) {
        return documents.find(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    private static Map<String, String> values(MeetingDocument document, Meeting meeting) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("document.meeting", meeting.shortTitle());
        values.put("document.symbol", document.symbol().text());
        values.put("document.titleEn", document.titleEn());
        values.put("document.titleFr", document.titleFr());
        values.put("document.kind", document.kind().messageKey());
        values.put("document.date", document.date() == null ? "" : document.date().toString());
        values.put("document.file", document.originalName() == null ? "" : document.originalName());
        return values;
    }
}
