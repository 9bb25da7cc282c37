package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.ALLOCATION;
import static org.octopusdesk.persistence.generated.Tables.BUDGET_ACTUAL;
import static org.octopusdesk.persistence.generated.Tables.CONFERENCE;
import static org.octopusdesk.persistence.generated.Tables.CONFERENCE_BUDGET_LINE;
import static org.octopusdesk.persistence.generated.Tables.PROJECT;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.persistence.generated.tables.records.ConferenceRecord;
import org.octopusdesk.service.conferences.ConferenceRepository;

/** Conference editions in H2 through jOOQ, each with its project's name. */
public final class JooqConferenceRepository implements ConferenceRepository {

    private final DSLContext dsl;

    JooqConferenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Conference> findAll() {
        return find(DSL.trueCondition());
    }

    @Override
    public Optional<Conference> findById(ConferenceId id) {
        return find(CONFERENCE.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public Optional<Conference> findByYear(int year) {
        return find(CONFERENCE.EDITION_YEAR.eq(year)).stream().findFirst();
    }

    private List<Conference> find(Condition condition) {
        return dsl.select(CONFERENCE.fields()).select(PROJECT.NAME).from(CONFERENCE)
                .leftJoin(PROJECT).on(PROJECT.ID.eq(CONFERENCE.PROJECT_ID))
                .where(condition).orderBy(CONFERENCE.EDITION_YEAR).fetch(JooqConferenceRepository::toConference);
    }

    @Override
    public Conference insert(ConferenceDraft draft, Instant now) {
        ConferenceRecord record = dsl.newRecord(CONFERENCE);
        write(record, draft);
        record.setVersion(0);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        return findById(new ConferenceId(record.getId())).orElseThrow();
    }

    @Override
    public Optional<Conference> update(ConferenceId id, int expectedVersion, ConferenceDraft draft, Instant now) {
        ConferenceRecord record = dsl.newRecord(CONFERENCE);
        write(record, draft);
        record.setUpdatedAt(Timestamps.utc(now));
        record.changed(CONFERENCE.ID, false);
        int rows = dsl.update(CONFERENCE).set(record).set(CONFERENCE.VERSION, CONFERENCE.VERSION.plus(1))
                .where(CONFERENCE.ID.eq(id.value()).and(CONFERENCE.VERSION.eq(expectedVersion))).execute();
        return rows == 0 ? Optional.empty() : findById(id);
    }

    /** The one column list of an edition, for insert and update alike. */
    private static void write(ConferenceRecord record, ConferenceDraft draft) {
        record.setEditionYear(draft.year());
        record.setTitle(draft.title());
        record.setStartDate(draft.start());
        record.setEndDate(draft.end());
        record.setFormat(draft.format().name());
        record.setVenue(draft.venue());
        record.setCity(draft.city());
        record.setProjectId(draft.project() == null ? null : draft.project().value());
        record.setStatus(draft.status().name());
        record.setNote(draft.note());
        record.setRetentionMonths(draft.retentionMonths());
    }

    @Override
    public boolean delete(ConferenceId id, int expectedVersion) {
        return dsl.deleteFrom(CONFERENCE)
                .where(CONFERENCE.ID.eq(id.value()).and(CONFERENCE.VERSION.eq(expectedVersion))).execute() == 1;
    }

    @Override
    public int budgetLines(ConferenceId id) {
        return dsl.fetchCount(CONFERENCE_BUDGET_LINE, CONFERENCE_BUDGET_LINE.CONFERENCE_ID.eq(id.value()));
    }

    @Override
    public int bookedActuals(ConferenceId id) {
        return dsl.fetchCount(dsl.select(BUDGET_ACTUAL.EXPENDITURE_ID).from(BUDGET_ACTUAL)
                .join(CONFERENCE_BUDGET_LINE).on(CONFERENCE_BUDGET_LINE.ID.eq(BUDGET_ACTUAL.BUDGET_LINE_ID))
                .where(CONFERENCE_BUDGET_LINE.CONFERENCE_ID.eq(id.value())));
    }

    @Override
    public int earmarks(ConferenceId id) {
        return dsl.fetchCount(ALLOCATION, ALLOCATION.CONFERENCE_ID.eq(id.value()));
    }

    private static Conference toConference(Record row) {
        ConferenceRecord record = row.into(CONFERENCE);
        String projectName = row.get(PROJECT.NAME);
        return new Conference(new ConferenceId(record.getId()), record.getEditionYear(), record.getTitle(),
                record.getStartDate(), record.getEndDate(), MeetingFormat.valueOf(record.getFormat()),
                record.getVenue(), record.getCity(),
                record.getProjectId() == null ? null : new ProjectId(record.getProjectId()),
                projectName == null ? "" : projectName, ConferenceStatus.valueOf(record.getStatus()),
                record.getNote(), record.getVersion(), record.getRetentionMonths());
    }
}
