package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.FOLLOW_UP_ACTION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.AgendaItemId;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.FollowUpDraft;
import org.octopusdesk.domain.meeting.FollowUpId;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.persistence.generated.tables.records.FollowUpActionRecord;
import org.octopusdesk.service.meetings.FollowUpRepository;

/** Follow-up actions in H2 through jOOQ. */
public final class JooqFollowUpRepository implements FollowUpRepository {

    private final DSLContext dsl;

    JooqFollowUpRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<FollowUpAction> ofMeeting(MeetingId meeting) {
        return select(FOLLOW_UP_ACTION.MEETING_ID.eq(meeting.value()));
    }

    @Override
    public List<FollowUpAction> find(ActionStatus status, String owner) {
        Condition condition = DSL.trueCondition();
        if (status != null) {
            condition = condition.and(FOLLOW_UP_ACTION.STATUS.eq(status.name()));
        }
        if (owner != null) {
            condition = condition.and(DSL.upper(FOLLOW_UP_ACTION.OWNER).eq(owner.toUpperCase(Locale.ROOT)));
        }
        return select(condition);
    }

    @Override
    public List<FollowUpAction> overdue(LocalDate today) {
        return select(FOLLOW_UP_ACTION.STATUS.eq(ActionStatus.OPEN.name())
                .and(FOLLOW_UP_ACTION.DEADLINE.lt(today)));
    }

    @Override
    public List<String> owners() {
        return dsl.selectDistinct(FOLLOW_UP_ACTION.OWNER).from(FOLLOW_UP_ACTION).orderBy(FOLLOW_UP_ACTION.OWNER)
                .fetch(FOLLOW_UP_ACTION.OWNER);
    }

    @Override
    public Optional<FollowUpAction> findById(FollowUpId id) {
        return select(FOLLOW_UP_ACTION.ID.eq(id.value())).stream().findFirst();
    }

    private List<FollowUpAction> select(Condition condition) {
        return dsl.selectFrom(FOLLOW_UP_ACTION).where(condition)
                .orderBy(FOLLOW_UP_ACTION.DEADLINE, FOLLOW_UP_ACTION.ID)
                .fetch(JooqFollowUpRepository::toAction);
    }

    @Override
    public FollowUpAction insert(MeetingId meeting, FollowUpDraft draft, Instant now) {
        FollowUpActionRecord record = dsl.newRecord(FOLLOW_UP_ACTION);
        record.setMeetingId(meeting.value());
        fill(record, draft);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        return toAction(record);
    }

    @Override
    public void update(FollowUpId id, FollowUpDraft draft, Instant now) {
        FollowUpActionRecord record = dsl.selectFrom(FOLLOW_UP_ACTION).where(FOLLOW_UP_ACTION.ID.eq(id.value()))
                .fetchOne();
        if (record != null) {
            fill(record, draft);
            record.setUpdatedAt(Timestamps.utc(now));
            record.update();
        }
    }

    @Override
    public void delete(FollowUpId id) {
        dsl.deleteFrom(FOLLOW_UP_ACTION).where(FOLLOW_UP_ACTION.ID.eq(id.value())).execute();
    }

    private static void fill(FollowUpActionRecord record, FollowUpDraft draft) {
        record.setAgendaItemId(draft.agendaItem() == null ? null : draft.agendaItem().value());
        record.setText(draft.text());
        record.setOwner(draft.owner());
        record.setDeadline(draft.deadline());
        record.setStatus(draft.status().name());
    }

    private static FollowUpAction toAction(FollowUpActionRecord record) {
        return new FollowUpAction(new FollowUpId(record.getId()), new MeetingId(record.getMeetingId()),
                record.getAgendaItemId() == null ? null : new AgendaItemId(record.getAgendaItemId()),
                record.getText(), record.getOwner(), record.getDeadline(), ActionStatus.valueOf(record.getStatus()));
    }
}
