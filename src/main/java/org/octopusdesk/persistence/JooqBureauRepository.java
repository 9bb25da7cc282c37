package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.BUREAU_MEMBER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.octopusdesk.domain.meeting.BureauMember;
import org.octopusdesk.domain.meeting.BureauMemberDraft;
import org.octopusdesk.domain.meeting.BureauMemberId;
import org.octopusdesk.domain.meeting.BureauRole;
import org.octopusdesk.persistence.generated.tables.records.BureauMemberRecord;
import org.octopusdesk.service.meetings.BureauRepository;

/** The Bureau's seats in H2 through jOOQ. */
public final class JooqBureauRepository implements BureauRepository {

    private final DSLContext dsl;

    JooqBureauRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<BureauMember> findAll() {
        return dsl.selectFrom(BUREAU_MEMBER)
                .orderBy(BUREAU_MEMBER.TERM_FROM.desc(), BUREAU_MEMBER.ROLE, BUREAU_MEMBER.PERSON_NAME)
                .fetch(JooqBureauRepository::toMember);
    }

    @Override
    public Optional<BureauMember> findById(BureauMemberId id) {
        return dsl.selectFrom(BUREAU_MEMBER).where(BUREAU_MEMBER.ID.eq(id.value()))
                .fetchOptional(JooqBureauRepository::toMember);
    }

    @Override
    public BureauMember insert(BureauMemberDraft draft, Instant now) {
        BureauMemberRecord record = dsl.newRecord(BUREAU_MEMBER);
        fill(record, draft);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        return toMember(record);
    }

    @Override
    public void update(BureauMemberId id, BureauMemberDraft draft, Instant now) {
        BureauMemberRecord record = dsl.selectFrom(BUREAU_MEMBER).where(BUREAU_MEMBER.ID.eq(id.value())).fetchOne();
        if (record != null) {
            fill(record, draft);
            record.setUpdatedAt(Timestamps.utc(now));
            record.update();
        }
    }

    @Override
    public void delete(BureauMemberId id) {
        dsl.deleteFrom(BUREAU_MEMBER).where(BUREAU_MEMBER.ID.eq(id.value())).execute();
    }

    private static void fill(BureauMemberRecord record, BureauMemberDraft draft) {
        record.setRole(draft.role().name());
        record.setPersonName(draft.personName());
        record.setCountryCode(draft.countryCode());
        record.setTermFrom(draft.from());
        record.setTermTo(draft.to());
        record.setNote(draft.note());
    }

    private static BureauMember toMember(BureauMemberRecord record) {
        return new BureauMember(new BureauMemberId(record.getId()), new BureauMemberDraft(
                BureauRole.valueOf(record.getRole()), record.getPersonName(), record.getCountryCode(),
                record.getTermFrom(), record.getTermTo(), record.getNote()));
    }
}
