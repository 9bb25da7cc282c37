package org.octopusdesk.service.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.ChecklistItem;
import org.octopusdesk.domain.conference.ChecklistItemDraft;
import org.octopusdesk.domain.conference.ChecklistItemId;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.conference.LogisticsStatus;
import org.octopusdesk.domain.conference.LogisticsSummary;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.domain.conference.LogisticsTaskDraft;
import org.octopusdesk.domain.conference.LogisticsTaskId;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/**
 * The logistics of editions: their tasks, the overdue ones across editions, and the checklist template that each
 * new edition starts from (decision 0027).
 */
public class LogisticsService {

    /** The record type of tasks in the audit trail, keyed "2025 #12" so the trail reads alone. */
    public static final String AUDIT_TYPE = "LOGISTICS_TASK";
    /** The record type of the checklist template's tasks, keyed by id. */
    public static final String CHECKLIST_AUDIT_TYPE = "LOGISTICS_CHECKLIST";

    private final LogisticsRepository tasks;
    private final ConferenceRepository conferences;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public LogisticsService(LogisticsRepository tasks, ConferenceRepository conferences, Transactions transactions,
            Clock clock, Auditor auditor) {
        this.tasks = tasks;
        this.conferences = conferences;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** Today by the service's clock: what "overdue" is measured against. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The edition's tasks by due date.
     *
     * @param status the status wanted, or {@code null} for all
     */
    public List<LogisticsTask> ofConference(ConferenceId conference, LogisticsStatus status) {
        return transactions.inTransaction(() -> tasks.ofConference(conference).stream()
                .filter(task -> status == null || task.status() == status).toList());
    }

    /** The counts of the edition's tasks by status and the overdue ones, on {@code today}. */
    public LogisticsSummary summary(ConferenceId conference, LocalDate today) {
        return LogisticsSummary.of(ofConference(conference, null), today);
    }

    /** The unfinished tasks of every edition past their due date on {@code today}, the most late first. */
    public List<LogisticsLine> overdue(LocalDate today) {
        return transactions.inTransaction(() -> {
            Map<ConferenceId, Conference> byId = new HashMap<>();
            List<LogisticsLine> lines = new ArrayList<>();
            for (LogisticsTask task : tasks.overdue(today)) {
                lines.add(new LogisticsLine(byId.computeIfAbsent(task.conference(), this::requireConference),
                        task));
            }
            return lines;
        });
    }

    public LogisticsTask create(ConferenceId conference, LogisticsTaskDraft draft) {
        return transactions.inTransaction(() -> {
            Conference edition = requireConference(conference);
            ValidationException.throwIfAny(draft.validate());
            LogisticsTask created = tasks.insert(conference, draft, clock.instant());
            auditor.record(AUDIT_TYPE, key(edition, created), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    public LogisticsTask update(LogisticsTaskId id, LogisticsTaskDraft draft) {
        return transactions.inTransaction(() -> {
            LogisticsTask current = require(id);
            ValidationException.throwIfAny(draft.validate());
            tasks.update(id, draft, clock.instant());
            LogisticsTask saved = require(id);
            auditor.record(AUDIT_TYPE, key(requireConference(saved.conference()), saved), AuditEntry.Action.UPDATE,
                    values(current), values(saved));
            return saved;
        });
    }

    /** Marks the task done, keeping everything else. */
    public LogisticsTask markDone(LogisticsTaskId id) {
        return transactions.inTransaction(() -> update(id, require(id).toDraft().withStatus(LogisticsStatus.DONE)));
    }

    public void delete(LogisticsTaskId id) {
        transactions.inTransaction(() -> {
            LogisticsTask task = require(id);
            String key = key(requireConference(task.conference()), task);
            tasks.delete(id);
            auditor.record(AUDIT_TYPE, key, AuditEntry.Action.DELETE, values(task), null);
        });
    }

    /**
     * Copies the checklist into a new edition, due from its first day. An edition recorded as already held or
     * closed gets nothing: its logistics are history, and a list of tasks would invent it. Runs inside the
     * creation's transaction. {@code titleOf} gives each task's title in the language of the person recording it.
     */
    void copyChecklistInto(Conference edition, Function<ChecklistItem, String> titleOf) {
        if (edition.status() == ConferenceStatus.HELD || edition.status() == ConferenceStatus.CLOSED) {
            return;
        }
        for (ChecklistItem item : tasks.checklist()) {
            LogisticsTask created = tasks.insert(edition.id(), item.taskFor(edition.start(), titleOf.apply(item)),
                    clock.instant());
            auditor.record(AUDIT_TYPE, key(edition, created), AuditEntry.Action.CREATE, null, values(created));
        }
    }

    /** The checklist template in its order. */
    public List<ChecklistItem> checklist() {
        return transactions.inTransaction(tasks::checklist);
    }

    public ChecklistItem addToChecklist(ChecklistItemDraft draft) {
        return transactions.inTransaction(() -> {
            ValidationException.throwIfAny(draft.validate());
            ChecklistItem created = tasks.insertItem(draft);
            auditor.record(CHECKLIST_AUDIT_TYPE, created.id().toString(), AuditEntry.Action.CREATE, null,
                    values(created));
            return created;
        });
    }

    public ChecklistItem updateChecklistItem(ChecklistItemId id, ChecklistItemDraft draft) {
        return transactions.inTransaction(() -> {
            ChecklistItem current = requireItem(id);
            ValidationException.throwIfAny(draft.validate());
            tasks.updateItem(id, draft);
            ChecklistItem saved = requireItem(id);
            auditor.record(CHECKLIST_AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(current),
                    values(saved));
            return saved;
        });
    }

    /** Removes the item from the template; the tasks already copied into editions stay. */
    public void removeFromChecklist(ChecklistItemId id) {
        transactions.inTransaction(() -> {
            ChecklistItem item = requireItem(id);
            tasks.deleteItem(id);
            auditor.record(CHECKLIST_AUDIT_TYPE, id.toString(), AuditEntry.Action.DELETE, values(item), null);
        });
    }

    private LogisticsTask require(LogisticsTaskId id) {
        return tasks.findById(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    private ChecklistItem requireItem(ChecklistItemId id) {
        return tasks.findItem(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    private Conference requireConference(ConferenceId id) {
        return conferences.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private static String key(Conference edition, LogisticsTask task) {
        return edition.year() + " #" + task.id();
    }

    private static Map<String, String> values(LogisticsTask task) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("logistics.title", task.title());
        values.put("logistics.category", task.category().messageKey());
        values.put("logistics.owner", task.owner());
        values.put("logistics.due", task.due() == null ? "" : task.due().toString());
        values.put("logistics.status", task.status().messageKey());
        values.put("logistics.note", task.note());
        return values;
    }

    private static Map<String, String> values(ChecklistItem item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("logistics.title", item.title());
        values.put("logistics.category", item.category().messageKey());
        values.put("logistics.owner", item.owner());
        values.put("checklist.offsetDays", Integer.toString(item.offsetDays()));
        return values;
    }
}
