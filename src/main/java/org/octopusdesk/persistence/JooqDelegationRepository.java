package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.DELEGATE;
import static org.octopusdesk.persistence.generated.Tables.DELEGATION;
import static org.octopusdesk.persistence.generated.Tables.MEETING;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.octopusdesk.domain.meeting.Delegate;
import org.octopusdesk.domain.meeting.Delegation;
import org.octopusdesk.domain.meeting.DelegationDraft;
import org.octopusdesk.domain.meeting.DelegationId;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.persistence.generated.tables.records.DelegateRecord;
import org.octopusdesk.persistence.generated.tables.records.DelegationRecord;
import org.octopusdesk.service.meetings.DelegationRepository;

/** Delegations at meetings and their named persons in H2 through jOOQ. */
public final class JooqDelegationRepository implements DelegationRepository {

    private final DSLContext dsl;

    JooqDelegationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Delegation> delegationsOf(MeetingId meeting) {
        return delegations(DELEGATION.MEETING_ID.eq(meeting.value()));
    }

    @Override
    public Optional<Delegation> find(DelegationId id) {
        return delegations(DELEGATION.ID.eq(id.value())).stream().findFirst();
    }

    private List<Delegation> delegations(Condition condition) {
        List<DelegationRecord> records = dsl.selectFrom(DELEGATION).where(condition).orderBy(DELEGATION.ID).fetch();
        List<Long> ids = records.stream().map(DelegationRecord::getId).toList();
        Map<Long, List<Delegate>> named = dsl.selectFrom(DELEGATE).where(DELEGATE.DELEGATION_ID.in(ids))
                .orderBy(DELEGATE.DELEGATION_ID, DELEGATE.POSITION).fetch().stream()
                .collect(Collectors.groupingBy(DelegateRecord::getDelegationId,
                        Collectors.mapping(record -> new Delegate(record.getName(), record.getRole()),
                                Collectors.toList())));
        return records.stream().map(record -> new Delegation(new DelegationId(record.getId()),
                new MeetingId(record.getMeetingId()), record.getCountryCode(), record.getOrganisation(),
                record.getPersons(), named.getOrDefault(record.getId(), List.of()))).toList();
    }

    @Override
    public Delegation insert(MeetingId meeting, DelegationDraft draft, Instant now) {
        DelegationRecord record = dsl.newRecord(DELEGATION);
        record.setMeetingId(meeting.value());
        record.setCreatedAt(Timestamps.utc(now));
        fill(record, draft);
        record.store();
        storeDelegates(record.getId(), draft.delegates());
        return find(new DelegationId(record.getId())).orElseThrow();
    }

    @Override
    public Delegation update(DelegationId id, DelegationDraft draft) {
        DelegationRecord record = dsl.selectFrom(DELEGATION).where(DELEGATION.ID.eq(id.value())).fetchSingle();
        fill(record, draft);
        record.store();
        dsl.deleteFrom(DELEGATE).where(DELEGATE.DELEGATION_ID.eq(id.value())).execute();
        storeDelegates(id.value(), draft.delegates());
        return find(id).orElseThrow();
    }

    private static void fill(DelegationRecord record, DelegationDraft draft) {
        record.setCountryCode(draft.countryCode());
        record.setOrganisation(draft.organisation());
        record.setPersons(draft.persons());
    }

    private void storeDelegates(long delegation, List<Delegate> delegates) {
        int position = 1;
        for (Delegate delegate : delegates) {
            DelegateRecord record = dsl.newRecord(DELEGATE);
            record.setDelegationId(delegation);
            record.setPosition(position++);
            record.setName(delegate.name());
            record.setRole(delegate.role());
            record.store();
        }
    }

    @Override
    public int eraseDelegatesOfMeetingsEndedBefore(java.time.LocalDate date) {
        return dsl.deleteFrom(DELEGATE).where(DELEGATE.DELEGATION_ID.in(dsl.select(DELEGATION.ID).from(DELEGATION)
                .join(MEETING).on(MEETING.ID.eq(DELEGATION.MEETING_ID)).where(MEETING.END_DATE.lt(date))))
                .execute();
    }

    @Override
    public void delete(DelegationId id) {
        dsl.deleteFrom(DELEGATION).where(DELEGATION.ID.eq(id.value())).execute();
    }
}
