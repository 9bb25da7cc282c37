package org.octopusdesk.service.meetings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.AgendaItemDraft;
import org.octopusdesk.domain.meeting.AgendaItemId;
import org.octopusdesk.domain.meeting.Decision;
import org.octopusdesk.domain.meeting.DecisionId;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.domain.meeting.RegisteredDecision;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/** A meeting's agenda (numbered, reorderable items) and the decisions taken, with the register across meetings. */
public class AgendaService {

    /** The record types in the audit trail; the key names the meeting and the item so the trail reads alone. */
    public static final String ITEM_AUDIT_TYPE = "AGENDA_ITEM";
    public static final String DECISION_AUDIT_TYPE = "DECISION";

    private final AgendaRepository agenda;
    private final MeetingRepository meetings;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public AgendaService(AgendaRepository agenda, MeetingRepository meetings, Transactions transactions, Clock clock,
            Auditor auditor) {
        this.agenda = agenda;
        this.meetings = meetings;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    public List<AgendaItem> agenda(MeetingId meeting) {
        return transactions.inTransaction(() -> agenda.agenda(meeting));
    }

    public AgendaItem addItem(MeetingId meeting, AgendaItemDraft draft) {
        return transactions.inTransaction(() -> {
            Meeting owner = meetings.findById(meeting).orElseThrow(() -> new NotFoundException(meeting.toString()));
            ValidationException.throwIfAny(draft.validate());
            AgendaItem item = agenda.insertItem(meeting, draft, clock.instant());
            auditor.record(ITEM_AUDIT_TYPE, key(owner, item), AuditEntry.Action.CREATE, null, values(item));
            return item;
        });
    }

    public AgendaItem updateItem(AgendaItemId id, AgendaItemDraft draft) {
        return transactions.inTransaction(() -> {
            AgendaItem current = requireItem(id);
            ValidationException.throwIfAny(draft.validate());
            agenda.updateItem(id, draft);
            AgendaItem saved = requireItem(id);
            auditor.record(ITEM_AUDIT_TYPE, key(saved), AuditEntry.Action.UPDATE, values(current), values(saved));
            return saved;
        });
    }

    public void deleteItem(AgendaItemId id) {
        transactions.inTransaction(() -> {
            AgendaItem item = requireItem(id);
            String key = key(item);
            agenda.deleteItem(id);
            auditor.record(ITEM_AUDIT_TYPE, key, AuditEntry.Action.DELETE, values(item), null);
        });
    }

    /** Moves the item one place up (towards 1) or down; at either end it stays where it is. */
    public void move(AgendaItemId id, boolean up) {
        transactions.inTransaction(() -> {
            AgendaItem item = requireItem(id);
            List<AgendaItem> items = agenda.agenda(item.meeting());
            int index = item.number() - 1;
            int other = up ? index - 1 : index + 1;
            if (other < 0 || other >= items.size()) {
                return;
            }
            agenda.swap(id, items.get(other).id());
            AgendaItem moved = requireItem(id);
            auditor.record(ITEM_AUDIT_TYPE, key(moved), AuditEntry.Action.UPDATE, values(item), values(moved));
        });
    }

    public Decision addDecision(AgendaItemId item, String text) {
        return transactions.inTransaction(() -> {
            AgendaItem owner = requireItem(item);
            ValidationException.throwIfAny(AgendaItemDraft.validateDecision(text));
            Decision decision = agenda.insertDecision(item, text.strip(), clock.instant());
            auditor.record(DECISION_AUDIT_TYPE, key(owner), AuditEntry.Action.CREATE, null, values(decision));
            return decision;
        });
    }

    public Decision updateDecision(DecisionId id, String text) {
        return transactions.inTransaction(() -> {
            Decision current = requireDecision(id);
            ValidationException.throwIfAny(AgendaItemDraft.validateDecision(text));
            agenda.updateDecision(id, text.strip());
            Decision saved = requireDecision(id);
            auditor.record(DECISION_AUDIT_TYPE, key(requireItem(saved.item())), AuditEntry.Action.UPDATE,
                    values(current), values(saved));
            return saved;
        });
    }

    public void deleteDecision(DecisionId id) {
        transactions.inTransaction(() -> {
            Decision decision = requireDecision(id);
            String key = key(requireItem(decision.item()));
            agenda.deleteDecision(id);
            auditor.record(DECISION_AUDIT_TYPE, key, AuditEntry.Action.DELETE, values(decision), null);
        });
    }

    /**
     * The decisions register: every decision whose text, item title or meeting (title or short form) contains
     * {@code text} (ignoring case), of one meeting when given, the latest meeting first and in agenda order.
     */
    public List<RegisteredDecision> register(String text, Optional<MeetingId> meeting) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return transactions.inTransaction(() -> {
            Map<MeetingId, Meeting> byId = meetings.findAll().stream()
                    .collect(Collectors.toMap(Meeting::id, Function.identity()));
            List<RegisteredDecision> lines = new ArrayList<>();
            for (AgendaItem item : agenda.allItems()) {
                Meeting owner = byId.get(item.meeting());
                if (meeting.isPresent() && !meeting.get().equals(item.meeting())) {
                    continue;
                }
                for (Decision decision : item.decisions()) {
                    RegisteredDecision line = new RegisteredDecision(owner, item.number(), item.title(), decision);
                    if (needle.isEmpty() || matches(line, needle)) {
                        lines.add(line);
                    }
                }
            }
            lines.sort(Comparator.comparing((RegisteredDecision line) -> line.meeting().start()).reversed()
                    .thenComparing(line -> line.meeting().id().value())
                    .thenComparingInt(RegisteredDecision::itemNumber));
            return lines;
        });
    }

    private static boolean matches(RegisteredDecision line, String needle) {
        return java.util.stream.Stream.of(line.decision().text(), line.itemTitle(), line.meeting().shortTitle(),
                        line.meeting().title(Locale.ENGLISH), line.meeting().title(Locale.FRENCH))
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains(needle));
    }

    private AgendaItem requireItem(AgendaItemId id) {
        return agenda.findItem(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    private Decision requireDecision(DecisionId id) {
        return agenda.findDecision(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    private String key(AgendaItem item) {
        return key(meetings.findById(item.meeting()).orElseThrow(), item);
    }

    /** "T-CY 23 #41": the meeting, then the item's identity, which stays while reordering changes its number. */
    private static String key(Meeting meeting, AgendaItem item) {
        return meeting.shortTitle() + " #" + item.id();
    }

    private static Map<String, String> values(AgendaItem item) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("agenda.number", Integer.toString(item.number()));
        values.put("agenda.title", item.title());
        values.put("agenda.documents", item.documents());
        return values;
    }

    private static Map<String, String> values(Decision decision) {
        return Map.of("decision.text", decision.text());
    }
}
