package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.CONFERENCE_SESSION;
import static org.octopusdesk.persistence.generated.Tables.SESSION_PERSON;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionDraft;
import org.octopusdesk.domain.conference.SessionId;
import org.octopusdesk.domain.conference.SessionKind;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.persistence.generated.tables.records.ConferenceSessionRecord;
import org.octopusdesk.persistence.generated.tables.records.SessionPersonRecord;
import org.octopusdesk.service.conferences.ProgrammeRepository;

/** Programme sessions and their people in H2 through jOOQ. */
public final class JooqProgrammeRepository implements ProgrammeRepository {

    private final DSLContext dsl;

    JooqProgrammeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Session> sessionsOf(ConferenceId conference) {
        return find(CONFERENCE_SESSION.CONFERENCE_ID.eq(conference.value()));
    }

    @Override
    public Optional<Session> findSession(SessionId id) {
        return find(CONFERENCE_SESSION.ID.eq(id.value())).stream().findFirst();
    }

    private List<Session> find(Condition condition) {
        List<ConferenceSessionRecord> records = dsl.selectFrom(CONFERENCE_SESSION).where(condition)
                .orderBy(CONFERENCE_SESSION.SESSION_DAY, CONFERENCE_SESSION.START_TIME, CONFERENCE_SESSION.ROOM,
                        CONFERENCE_SESSION.ID).fetch();
        List<Long> ids = records.stream().map(ConferenceSessionRecord::getId).toList();
        Map<Long, List<SessionPerson>> people = dsl.selectFrom(SESSION_PERSON)
                .where(SESSION_PERSON.SESSION_ID.in(ids)).orderBy(SESSION_PERSON.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(SessionPersonRecord::getSessionId,
                        Collectors.mapping(JooqProgrammeRepository::toPerson, Collectors.toList())));
        return records.stream().map(record -> new Session(new SessionId(record.getId()),
                new ConferenceId(record.getConferenceId()), record.getSessionDay(), record.getStartTime(),
                record.getEndTime(), record.getRoom(), record.getTitle(), SessionKind.valueOf(record.getKind()),
                people.getOrDefault(record.getId(), List.of()))).toList();
    }

    @Override
    public Session insert(ConferenceId conference, SessionDraft draft, Instant now) {
        ConferenceSessionRecord record = dsl.newRecord(CONFERENCE_SESSION);
        record.setConferenceId(conference.value());
        write(record, draft);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        SessionId id = new SessionId(record.getId());
        insertPeople(id, draft.people());
        return findSession(id).orElseThrow();
    }

    @Override
    public Session update(SessionId id, SessionDraft draft, Instant now) {
        ConferenceSessionRecord record = dsl.fetchSingle(CONFERENCE_SESSION, CONFERENCE_SESSION.ID.eq(id.value()));
        write(record, draft);
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        dsl.deleteFrom(SESSION_PERSON).where(SESSION_PERSON.SESSION_ID.eq(id.value())).execute();
        insertPeople(id, draft.people());
        return findSession(id).orElseThrow();
    }

    private static void write(ConferenceSessionRecord record, SessionDraft draft) {
        record.setSessionDay(draft.day());
        record.setStartTime(draft.start());
        record.setEndTime(draft.end());
        record.setRoom(draft.room());
        record.setTitle(draft.title());
        record.setKind(draft.kind().name());
    }

    private void insertPeople(SessionId id, List<SessionPerson> people) {
        int position = 1;
        for (SessionPerson person : people) {
            SessionPersonRecord record = dsl.newRecord(SESSION_PERSON);
            record.setSessionId(id.value());
            record.setPosition(position++);
            record.setRole(person.role().name());
            record.setName(person.name());
            record.setOrganisation(person.organisation());
            record.setCountry(person.country());
            record.store();
        }
    }

    @Override
    public void delete(SessionId id) {
        dsl.deleteFrom(CONFERENCE_SESSION).where(CONFERENCE_SESSION.ID.eq(id.value())).execute();
    }

    private static SessionPerson toPerson(SessionPersonRecord record) {
        return new SessionPerson(SessionPerson.Role.valueOf(record.getRole()), record.getName(),
                record.getOrganisation(), record.getCountry());
    }
}
