package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.MEETING_DOCUMENT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.meeting.DocumentKind;
import org.octopusdesk.domain.meeting.DocumentSymbol;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;
import org.octopusdesk.domain.meeting.MeetingDocumentId;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.persistence.generated.tables.records.MeetingDocumentRecord;
import org.octopusdesk.service.meetings.DocumentRepository;

/** Meeting documents in H2 through jOOQ. */
public final class JooqDocumentRepository implements DocumentRepository {

    private final DSLContext dsl;

    JooqDocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<MeetingDocument> documentsOf(MeetingId meeting) {
        return dsl.selectFrom(MEETING_DOCUMENT).where(MEETING_DOCUMENT.MEETING_ID.eq(meeting.value()))
                .orderBy(MEETING_DOCUMENT.SYMBOL_YEAR, MEETING_DOCUMENT.SYMBOL_NUMBER)
                .fetch(JooqDocumentRepository::toDocument);
    }

    @Override
    public Optional<MeetingDocument> find(MeetingDocumentId id) {
        return dsl.selectFrom(MEETING_DOCUMENT).where(MEETING_DOCUMENT.ID.eq(id.value()))
                .fetchOptional(JooqDocumentRepository::toDocument);
    }

    @Override
    public Optional<MeetingDocument> findBySymbol(DocumentSymbol symbol) {
        return dsl.selectFrom(MEETING_DOCUMENT).where(MEETING_DOCUMENT.SYMBOL_YEAR.eq(symbol.year())
                        .and(MEETING_DOCUMENT.SYMBOL_NUMBER.eq(symbol.number())))
                .fetchOptional(JooqDocumentRepository::toDocument);
    }

    @Override
    public int highestNumber(int year) {
        Integer highest = dsl.select(DSL.max(MEETING_DOCUMENT.SYMBOL_NUMBER)).from(MEETING_DOCUMENT)
                .where(MEETING_DOCUMENT.SYMBOL_YEAR.eq(year)).fetchOne(0, Integer.class);
        return highest == null ? 0 : highest;
    }

    @Override
    public MeetingDocument insert(MeetingId meeting, DocumentSymbol symbol, MeetingDocumentDraft draft,
            String fileName, String originalName, Instant now) {
        MeetingDocumentRecord record = dsl.newRecord(MEETING_DOCUMENT);
        record.setMeetingId(meeting.value());
        record.setCreatedAt(Timestamps.utc(now));
        fill(record, symbol, draft, fileName, originalName, now);
        record.store();
        return toDocument(record);
    }

    @Override
    public MeetingDocument update(MeetingDocumentId id, DocumentSymbol symbol, MeetingDocumentDraft draft,
            String fileName, String originalName, Instant now) {
        MeetingDocumentRecord record = dsl.selectFrom(MEETING_DOCUMENT).where(MEETING_DOCUMENT.ID.eq(id.value()))
                .fetchSingle();
        fill(record, symbol, draft, fileName, originalName, now);
        record.store();
        return toDocument(record);
    }

    /** The one column list of an insert and an update. */
    private static void fill(MeetingDocumentRecord record, DocumentSymbol symbol, MeetingDocumentDraft draft,
            String fileName, String originalName, Instant now) {
        record.setSymbol(symbol.text());
        record.setSymbolYear(symbol.year());
        record.setSymbolNumber(symbol.number());
        record.setTitleEn(draft.titleEn());
        record.setTitleFr(draft.titleFr());
        record.setKind(draft.kind().name());
        record.setDocumentDate(draft.date());
        record.setFileName(fileName);
        record.setOriginalName(originalName);
        record.setUpdatedAt(Timestamps.utc(now));
    }

    @Override
    public void delete(MeetingDocumentId id) {
        dsl.deleteFrom(MEETING_DOCUMENT).where(MEETING_DOCUMENT.ID.eq(id.value())).execute();
    }

    private static MeetingDocument toDocument(MeetingDocumentRecord record) {
        return new MeetingDocument(new MeetingDocumentId(record.getId()), new MeetingId(record.getMeetingId()),
                new DocumentSymbol(record.getSymbolYear(), record.getSymbolNumber(), record.getSymbol()),
                record.getTitleEn(), record.getTitleFr(), DocumentKind.valueOf(record.getKind()),
                record.getDocumentDate(), record.getFileName(), record.getOriginalName());
    }
}
