package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.AGENDA_ITEM;
import static org.octopusdesk.persistence.generated.Tables.DECISION;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.AgendaItemDraft;
import org.octopusdesk.domain.meeting.AgendaItemId;
import org.octopusdesk.domain.meeting.Decision;
import org.octopusdesk.domain.meeting.DecisionId;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.persistence.generated.tables.records.AgendaItemRecord;
import org.octopusdesk.persistence.generated.tables.records.DecisionRecord;
import org.octopusdesk.service.meetings.AgendaRepository;

/** Agenda items and decisions in H2 through jOOQ. */
public final class JooqAgendaRepository implements AgendaRepository {

    private final DSLContext dsl;

    JooqAgendaRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<AgendaItem> agenda(MeetingId meeting) {
        return items(AGENDA_ITEM.MEETING_ID.eq(meeting.value()));
    }

    @Override
    public List<AgendaItem> allItems() {
        return items(DSL.trueCondition());
    }

    @Override
    public Optional<AgendaItem> findItem(AgendaItemId id) {
        Long meeting = dsl.select(AGENDA_ITEM.MEETING_ID).from(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(id.value()))
                .fetchOne(AGENDA_ITEM.MEETING_ID);
        return meeting == null ? Optional.empty()
                : agenda(new MeetingId(meeting)).stream().filter(item -> item.id().equals(id)).findFirst();
    }

    /** The items in agenda order, numbered 1, 2, ... per meeting whatever gaps the stored positions have. */
    private List<AgendaItem> items(Condition condition) {
        List<AgendaItemRecord> records = dsl.selectFrom(AGENDA_ITEM).where(condition)
                .orderBy(AGENDA_ITEM.MEETING_ID, AGENDA_ITEM.POSITION, AGENDA_ITEM.ID).fetch();
        List<Long> ids = records.stream().map(AgendaItemRecord::getId).toList();
        Map<Long, List<Decision>> decisions = dsl.selectFrom(DECISION).where(DECISION.AGENDA_ITEM_ID.in(ids))
                .orderBy(DECISION.ID).fetch().stream().map(JooqAgendaRepository::toDecision)
                .collect(Collectors.groupingBy(decision -> decision.item().value()));
        List<AgendaItem> items = new ArrayList<>();
        long meeting = -1;
        int number = 0;
        for (AgendaItemRecord record : records) {
            number = record.getMeetingId() == meeting ? number + 1 : 1;
            meeting = record.getMeetingId();
            items.add(new AgendaItem(new AgendaItemId(record.getId()), new MeetingId(meeting), number,
                    record.getTitle(), record.getDocuments(), decisions.getOrDefault(record.getId(), List.of())));
        }
        return items;
    }

    @Override
    public AgendaItem insertItem(MeetingId meeting, AgendaItemDraft draft, Instant now) {
        Integer last = dsl.select(DSL.max(AGENDA_ITEM.POSITION)).from(AGENDA_ITEM)
                .where(AGENDA_ITEM.MEETING_ID.eq(meeting.value())).fetchOne(0, Integer.class);
        AgendaItemRecord record = dsl.newRecord(AGENDA_ITEM);
        record.setMeetingId(meeting.value());
        record.setPosition(last == null ? 1 : last + 1);
        record.setTitle(draft.title());
        record.setDocuments(draft.documents());
        record.setCreatedAt(Timestamps.utc(now));
        record.store();
        return findItem(new AgendaItemId(record.getId())).orElseThrow();
    }

    @Override
    public void updateItem(AgendaItemId id, AgendaItemDraft draft) {
        dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.TITLE, draft.title()).set(AGENDA_ITEM.DOCUMENTS, draft.documents())
                .where(AGENDA_ITEM.ID.eq(id.value())).execute();
    }

    @Override
    public void deleteItem(AgendaItemId id) {
        AgendaItemRecord record = dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(id.value())).fetchOne();
        if (record == null) {
            return;
        }
        record.delete();
        dsl.update(AGENDA_ITEM).set(AGENDA_ITEM.POSITION, AGENDA_ITEM.POSITION.minus(1))
                .where(AGENDA_ITEM.MEETING_ID.eq(record.getMeetingId())
                        .and(AGENDA_ITEM.POSITION.gt(record.getPosition()))).execute();
    }

    @Override
    public void swap(AgendaItemId first, AgendaItemId second) {
        AgendaItemRecord one = dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(first.value())).fetchOne();
        AgendaItemRecord two = dsl.selectFrom(AGENDA_ITEM).where(AGENDA_ITEM.ID.eq(second.value())).fetchOne();
        int position = one.getPosition();
        one.setPosition(two.getPosition());
        two.setPosition(position);
        one.update();
        two.update();
    }

    @Override
    public Decision insertDecision(AgendaItemId item, String text, Instant now) {
        DecisionRecord record = dsl.newRecord(DECISION);
        record.setAgendaItemId(item.value());
        record.setText(text);
        record.setCreatedAt(Timestamps.utc(now));
        record.store();
        return toDecision(record);
    }

    @Override
    public Optional<Decision> findDecision(DecisionId id) {
        return dsl.selectFrom(DECISION).where(DECISION.ID.eq(id.value()))
                .fetchOptional(JooqAgendaRepository::toDecision);
    }

    @Override
    public void updateDecision(DecisionId id, String text) {
        dsl.update(DECISION).set(DECISION.TEXT, text).where(DECISION.ID.eq(id.value())).execute();
    }

    @Override
    public void deleteDecision(DecisionId id) {
        dsl.deleteFrom(DECISION).where(DECISION.ID.eq(id.value())).execute();
    }

    private static Decision toDecision(DecisionRecord record) {
        return new Decision(new DecisionId(record.getId()), new AgendaItemId(record.getAgendaItemId()),
                record.getText());
    }
}
