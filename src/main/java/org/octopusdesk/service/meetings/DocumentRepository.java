package org.octopusdesk.service.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.meeting.DocumentSymbol;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;
import org.octopusdesk.domain.meeting.MeetingDocumentId;
import org.octopusdesk.domain.meeting.MeetingId;

/** Where meeting documents are kept. Callers hold the transaction. */
public interface DocumentRepository {

    /** The meeting's documents by symbol: year, then number. */
    List<MeetingDocument> documentsOf(MeetingId meeting);

    Optional<MeetingDocument> find(MeetingDocumentId id);

    /** The document holding the symbol's year and number, whatever its leading zeros. */
    Optional<MeetingDocument> findBySymbol(DocumentSymbol symbol);

    /** The highest number given in the year, 0 when none. */
    int highestNumber(int year);

    /**
     * @param fileName the copy's name in the documents folder, or null
     * @param originalName the name of the file copied, or null
     */
    MeetingDocument insert(MeetingId meeting, DocumentSymbol symbol, MeetingDocumentDraft draft, String fileName,
            String originalName, Instant now);

    MeetingDocument update(MeetingDocumentId id, DocumentSymbol symbol, MeetingDocumentDraft draft, String fileName,
            String originalName, Instant now);

    void delete(MeetingDocumentId id);
}
