package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.MEETING;
import static org.octopusdesk.persistence.generated.Tables.MEETING_SERIES;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.domain.meeting.MeetingSeriesDraft;
import org.octopusdesk.domain.meeting.MeetingSeriesId;
import org.octopusdesk.persistence.generated.tables.records.MeetingRecord;
import org.octopusdesk.persistence.generated.tables.records.MeetingSeriesRecord;
import org.octopusdesk.service.meetings.MeetingRepository;

/** Meeting series and meetings in H2 through jOOQ. */
public final class JooqMeetingRepository implements MeetingRepository {

    private final DSLContext dsl;

    JooqMeetingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<MeetingSeries> findAllSeries() {
        return dsl.selectFrom(MEETING_SERIES).fetch(JooqMeetingRepository::toSeries);
    }

    @Override
    public Optional<MeetingSeries> findSeries(MeetingSeriesId id) {
        return dsl.selectFrom(MEETING_SERIES).where(MEETING_SERIES.ID.eq(id.value()))
                .fetchOptional(JooqMeetingRepository::toSeries);
    }

    @Override
    public Optional<MeetingSeries> findSeriesByAnyName(String name) {
        var wanted = DSL.upper(DSL.val(name));
        return dsl.selectFrom(MEETING_SERIES).where(DSL.upper(MEETING_SERIES.NAME_EN).eq(wanted)
                        .or(DSL.upper(MEETING_SERIES.NAME_FR).eq(wanted))
                        .or(DSL.upper(MEETING_SERIES.SHORT_NAME).eq(wanted)))
                .orderBy(MEETING_SERIES.ID).limit(1).fetchOptional(JooqMeetingRepository::toSeries);
    }

    @Override
    public MeetingSeries insertSeries(MeetingSeriesDraft draft, Instant now) {
        MeetingSeriesRecord record = dsl.newRecord(MEETING_SERIES);
        record.setNameEn(draft.nameEn());
        record.setNameFr(draft.nameFr());
        record.setFeminineFr(draft.feminineFr());
        record.setShortName(draft.shortName());
        record.setCreatedAt(Timestamps.utc(now));
        record.store();
        return toSeries(record);
    }

    @Override
    public List<Meeting> findAll() {
        return find(DSL.trueCondition());
    }

    @Override
    public Optional<Meeting> findById(MeetingId id) {
        return find(MEETING.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<Meeting> findByNumber(MeetingSeriesId series, int number) {
        return find(MEETING.SERIES_ID.eq(series.value()).and(MEETING.NUMBER.eq(number))).stream().findFirst();
    }

    @Override
    public List<Meeting> startingFrom(LocalDate date, int limit) {
        Map<Long, MeetingSeries> series = findAllSeries().stream()
                .collect(Collectors.toMap(one -> one.id().value(), Function.identity()));
        return dsl.selectFrom(MEETING).where(MEETING.START_DATE.ge(date))
                .orderBy(MEETING.START_DATE, MEETING.SERIES_ID, MEETING.NUMBER).limit(limit)
                .fetch(record -> toMeeting(record, series.get(record.getSeriesId())));
    }

    private List<Meeting> find(Condition condition) {
        Map<Long, MeetingSeries> series = findAllSeries().stream()
                .collect(Collectors.toMap(one -> one.id().value(), Function.identity()));
        return dsl.selectFrom(MEETING).where(condition)
                .fetch(record -> toMeeting(record, series.get(record.getSeriesId())));
    }

    @Override
    public int highestNumber(MeetingSeriesId series) {
        Integer highest = dsl.select(DSL.max(MEETING.NUMBER)).from(MEETING)
                .where(MEETING.SERIES_ID.eq(series.value())).fetchOne(0, Integer.class);
        return highest == null ? 0 : highest;
    }

    @Override
    public Meeting insert(MeetingDraft draft, Instant now) {
        MeetingRecord record = dsl.newRecord(MEETING);
        record.setSeriesId(draft.series().value());
        record.setNumber(draft.number());
        record.setStartDate(draft.start());
        record.setEndDate(draft.end());
        record.setFormat(draft.format().name());
        record.setVenue(draft.venue());
        record.setNote(draft.note());
        record.setVersion(0);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        return findById(new MeetingId(record.getId())).orElseThrow();
    }

    @Override
    public Optional<Meeting> update(MeetingId id, int expectedVersion, MeetingDraft draft, Instant now) {
        int rows = dsl.update(MEETING)
                .set(MEETING.SERIES_ID, draft.series().value())
                .set(MEETING.NUMBER, draft.number())
                .set(MEETING.START_DATE, draft.start())
                .set(MEETING.END_DATE, draft.end())
                .set(MEETING.FORMAT, draft.format().name())
                .set(MEETING.VENUE, draft.venue())
                .set(MEETING.NOTE, draft.note())
                .set(MEETING.VERSION, MEETING.VERSION.plus(1))
                .set(MEETING.UPDATED_AT, Timestamps.utc(now))
                .where(MEETING.ID.eq(id.value()).and(MEETING.VERSION.eq(expectedVersion)))
                .execute();
        return rows == 0 ? Optional.empty() : findById(id);
    }

    @Override
    public boolean delete(MeetingId id, int expectedVersion) {
        return dsl.deleteFrom(MEETING).where(MEETING.ID.eq(id.value()).and(MEETING.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    private static MeetingSeries toSeries(MeetingSeriesRecord record) {
        return new MeetingSeries(new MeetingSeriesId(record.getId()), record.getNameEn(), record.getNameFr(),
                record.getFeminineFr(), record.getShortName());
    }

    private static Meeting toMeeting(MeetingRecord record, MeetingSeries series) {
        return new Meeting(new MeetingId(record.getId()), series, record.getNumber(), record.getStartDate(),
                record.getEndDate(), MeetingFormat.valueOf(record.getFormat()), record.getVenue(), record.getNote(),
                record.getVersion());
    }
}
