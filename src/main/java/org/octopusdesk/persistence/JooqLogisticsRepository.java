package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.LOGISTICS_CHECKLIST_ITEM;
import static org.octopusdesk.persistence.generated.Tables.LOGISTICS_TASK;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.conference.ChecklistItem;
import org.octopusdesk.domain.conference.ChecklistItemDraft;
import org.octopusdesk.domain.conference.ChecklistItemId;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.LogisticsCategory;
import org.octopusdesk.domain.conference.LogisticsStatus;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.domain.conference.LogisticsTaskDraft;
import org.octopusdesk.domain.conference.LogisticsTaskId;
import org.octopusdesk.persistence.generated.tables.records.LogisticsChecklistItemRecord;
import org.octopusdesk.persistence.generated.tables.records.LogisticsTaskRecord;
import org.octopusdesk.service.conferences.LogisticsRepository;

/** Logistics tasks and the checklist template in H2 through jOOQ. */
public final class JooqLogisticsRepository implements LogisticsRepository {

    private static final List<String> UNFINISHED = List.of(LogisticsStatus.OPEN.name(),
            LogisticsStatus.IN_PROGRESS.name());

    private final DSLContext dsl;

    JooqLogisticsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<LogisticsTask> ofConference(ConferenceId conference) {
        return select(LOGISTICS_TASK.CONFERENCE_ID.eq(conference.value()));
    }

    @Override
    public List<LogisticsTask> overdue(LocalDate today) {
        return select(LOGISTICS_TASK.STATUS.in(UNFINISHED).and(LOGISTICS_TASK.DUE_DATE.lt(today)));
    }

    @Override
    public Optional<LogisticsTask> findById(LogisticsTaskId id) {
        return select(LOGISTICS_TASK.ID.eq(id.value())).stream().findFirst();
    }

    private List<LogisticsTask> select(Condition condition) {
        return dsl.selectFrom(LOGISTICS_TASK).where(condition)
                .orderBy(LOGISTICS_TASK.DUE_DATE.asc().nullsLast(), LOGISTICS_TASK.ID)
                .fetch(JooqLogisticsRepository::toTask);
    }

    @Override
    public LogisticsTask insert(ConferenceId conference, LogisticsTaskDraft draft, Instant now) {
        LogisticsTaskRecord record = dsl.newRecord(LOGISTICS_TASK);
        record.setConferenceId(conference.value());
        fill(record, draft);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        return toTask(record);
    }

    @Override
    public void update(LogisticsTaskId id, LogisticsTaskDraft draft, Instant now) {
        LogisticsTaskRecord record = dsl.selectFrom(LOGISTICS_TASK).where(LOGISTICS_TASK.ID.eq(id.value()))
                .fetchOne();
        if (record != null) {
            fill(record, draft);
            record.setUpdatedAt(Timestamps.utc(now));
            record.update();
        }
    }

    @Override
    public void delete(LogisticsTaskId id) {
        dsl.deleteFrom(LOGISTICS_TASK).where(LOGISTICS_TASK.ID.eq(id.value())).execute();
    }

    @Override
    public List<ChecklistItem> checklist() {
        return dsl.selectFrom(LOGISTICS_CHECKLIST_ITEM)
                .orderBy(LOGISTICS_CHECKLIST_ITEM.POSITION, LOGISTICS_CHECKLIST_ITEM.ID)
                .fetch(JooqLogisticsRepository::toItem);
    }

    @Override
    public Optional<ChecklistItem> findItem(ChecklistItemId id) {
        return dsl.selectFrom(LOGISTICS_CHECKLIST_ITEM).where(LOGISTICS_CHECKLIST_ITEM.ID.eq(id.value()))
                .fetchOptional(JooqLogisticsRepository::toItem);
    }

    @Override
    public ChecklistItem insertItem(ChecklistItemDraft draft) {
        Integer last = dsl.select(DSL.max(LOGISTICS_CHECKLIST_ITEM.POSITION)).from(LOGISTICS_CHECKLIST_ITEM)
                .fetchOne(0, Integer.class);
        LogisticsChecklistItemRecord record = dsl.newRecord(LOGISTICS_CHECKLIST_ITEM);
        record.setPosition(last == null ? 1 : last + 1);
        fill(record, draft);
        record.store();
        return toItem(record);
    }

    @Override
    public void updateItem(ChecklistItemId id, ChecklistItemDraft draft) {
        LogisticsChecklistItemRecord record = dsl.selectFrom(LOGISTICS_CHECKLIST_ITEM)
                .where(LOGISTICS_CHECKLIST_ITEM.ID.eq(id.value())).fetchOne();
        if (record != null) {
            fill(record, draft);
            record.update();
        }
    }

    @Override
    public void deleteItem(ChecklistItemId id) {
        dsl.deleteFrom(LOGISTICS_CHECKLIST_ITEM).where(LOGISTICS_CHECKLIST_ITEM.ID.eq(id.value())).execute();
    }

    private static void fill(LogisticsTaskRecord record, LogisticsTaskDraft draft) {
        record.setTitle(draft.title());
        record.setCategory(draft.category().name());
        record.setOwner(draft.owner());
        record.setDueDate(draft.due());
        record.setStatus(draft.status().name());
        record.setNote(draft.note());
    }

    private static void fill(LogisticsChecklistItemRecord record, ChecklistItemDraft draft) {
        // A standard task stays one while its stored title is kept: a title rewritten is the secretariat's own.
        if (!draft.title().equals(record.getTitle())) {
            record.setStandard(null);
        }
        record.setTitle(draft.title());
        record.setCategory(draft.category().name());
        record.setOwner(draft.owner());
        record.setOffsetDays(draft.offsetDays());
    }

    private static LogisticsTask toTask(LogisticsTaskRecord record) {
        return new LogisticsTask(new LogisticsTaskId(record.getId()), new ConferenceId(record.getConferenceId()),
                record.getTitle(), LogisticsCategory.valueOf(record.getCategory()), record.getOwner(),
                record.getDueDate(), LogisticsStatus.valueOf(record.getStatus()), record.getNote());
    }

    private static ChecklistItem toItem(LogisticsChecklistItemRecord record) {
        return new ChecklistItem(new ChecklistItemId(record.getId()), record.getPosition(), record.getTitle(),
                LogisticsCategory.valueOf(record.getCategory()), record.getOwner(), record.getOffsetDays(),
                Optional.ofNullable(record.getStandard()));
    }
}
