package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.PARTICIPANT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.Erasure;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantDraft;
import org.octopusdesk.domain.conference.ParticipantId;
import org.octopusdesk.domain.conference.Sector;
import org.octopusdesk.persistence.generated.tables.records.ParticipantRecord;
import org.octopusdesk.service.conferences.ParticipantRepository;

/** The participants of the editions in H2 through jOOQ. */
public final class JooqParticipantRepository implements ParticipantRepository {

    private final DSLContext dsl;

    JooqParticipantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Participant> participantsOf(ConferenceId conference) {
        return dsl.selectFrom(PARTICIPANT).where(PARTICIPANT.CONFERENCE_ID.eq(conference.value()))
                .orderBy(PARTICIPANT.ID).fetch(JooqParticipantRepository::toParticipant);
    }

    @Override
    public Optional<Participant> find(ParticipantId id) {
        return dsl.selectFrom(PARTICIPANT).where(PARTICIPANT.ID.eq(id.value()))
                .fetchOptional(JooqParticipantRepository::toParticipant);
    }

    @Override
    public Participant insert(ConferenceId conference, ParticipantDraft draft, Instant now) {
        ParticipantRecord record = newRecord(conference, draft, now);
        record.store();
        return toParticipant(record);
    }

    @Override
    public void insertAll(ConferenceId conference, List<ParticipantDraft> drafts, Instant now) {
        // One multi-row insert per thousand lines: an import of thousands stays one short transaction.
        for (int from = 0; from < drafts.size(); from += 1000) {
            List<ParticipantRecord> batch = drafts.subList(from, Math.min(drafts.size(), from + 1000)).stream()
                    .map(draft -> newRecord(conference, draft, now)).toList();
            var insert = dsl.insertInto(PARTICIPANT).set(batch.get(0));
            for (ParticipantRecord record : batch.subList(1, batch.size())) {
                insert = insert.newRecord().set(record);
            }
            insert.execute();
        }
    }

    private ParticipantRecord newRecord(ConferenceId conference, ParticipantDraft draft, Instant now) {
        ParticipantRecord record = dsl.newRecord(PARTICIPANT);
        record.setConferenceId(conference.value());
        write(record, draft);
        record.setVersion(0);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        return record;
    }

    /** The one column list of a participant, for insert and update alike. */
    private static void write(ParticipantRecord record, ParticipantDraft draft) {
        record.setName(draft.name());
        record.setOrganisation(draft.organisation());
        record.setCountry(draft.country());
        record.setSector(draft.sector().name());
        record.setRole(draft.role());
        record.setFunded(draft.funded());
        record.setEmail(draft.email());
        record.setListConsent(draft.listConsent());
        record.setConsentDate(draft.consentDate());
    }

    @Override
    public Optional<Participant> update(ParticipantId id, int expectedVersion, ParticipantDraft draft,
            Instant now) {
        ParticipantRecord record = dsl.newRecord(PARTICIPANT);
        write(record, draft);
        record.setUpdatedAt(Timestamps.utc(now));
        int rows = dsl.update(PARTICIPANT).set(record).set(PARTICIPANT.VERSION, PARTICIPANT.VERSION.plus(1))
                .where(PARTICIPANT.ID.eq(id.value()).and(PARTICIPANT.VERSION.eq(expectedVersion))).execute();
        return rows == 0 ? Optional.empty() : find(id);
    }

    @Override
    public boolean delete(ParticipantId id, int expectedVersion) {
        return dsl.deleteFrom(PARTICIPANT)
                .where(PARTICIPANT.ID.eq(id.value()).and(PARTICIPANT.VERSION.eq(expectedVersion))).execute() == 1;
    }

    @Override
    public List<Participant> withEmail(String address) {
        return dsl.selectFrom(PARTICIPANT).where(DSL.lower(PARTICIPANT.EMAIL).eq(address.strip().toLowerCase(
                java.util.Locale.ROOT)).and(PARTICIPANT.EMAIL.ne(""))).orderBy(PARTICIPANT.ID)
                .fetch(JooqParticipantRepository::toParticipant);
    }

    @Override
    public boolean erase(ParticipantId id, Erasure why, LocalDate day, Instant now) {
        return erase(PARTICIPANT.ID.eq(id.value()), why, day, now) == 1;
    }

    @Override
    public int eraseAll(ConferenceId conference, Erasure why, LocalDate day, Instant now) {
        return erase(PARTICIPANT.CONFERENCE_ID.eq(conference.value()), why, day, now);
    }

    /** The one list of what erasure blanks, for one row and a whole edition alike. */
    private int erase(Condition which, Erasure why, LocalDate day, Instant now) {
        return dsl.update(PARTICIPANT).set(PARTICIPANT.NAME, "").set(PARTICIPANT.ORGANISATION, "")
                .set(PARTICIPANT.ROLE, "").set(PARTICIPANT.EMAIL, "").set(PARTICIPANT.LIST_CONSENT, false)
                .set(PARTICIPANT.CONSENT_DATE, (LocalDate) null).set(PARTICIPANT.ERASED_ON, day)
                .set(PARTICIPANT.ERASURE, why.name()).set(PARTICIPANT.UPDATED_AT, Timestamps.utc(now))
                .set(PARTICIPANT.VERSION, PARTICIPANT.VERSION.plus(1))
                .where(which.and(PARTICIPANT.ERASED_ON.isNull())).execute();
    }

    private static Participant toParticipant(ParticipantRecord record) {
        return new Participant(new ParticipantId(record.getId()), new ConferenceId(record.getConferenceId()),
                record.getName(), record.getOrganisation(), record.getCountry(), Sector.valueOf(record.getSector()),
                record.getRole(), record.getFunded(), record.getEmail(), record.getListConsent(),
                record.getConsentDate(), record.getVersion(), record.getErasedOn(),
                record.getErasure() == null ? null : Erasure.valueOf(record.getErasure()));
    }
}
