package org.octopusdesk.service.meetings;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.FollowUpDraft;
import org.octopusdesk.domain.meeting.FollowUpId;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/** The follow-up actions of meetings: per meeting, across meetings by status and owner, and the overdue ones. */
public class FollowUpService {

    /** The record type in the audit trail; the key names the meeting, "T-CY 23 #7", so the trail reads alone. */
    public static final String AUDIT_TYPE = "FOLLOW_UP";

    private final FollowUpRepository actions;
    private final MeetingRepository meetings;
    private final AgendaRepository agenda;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public FollowUpService(FollowUpRepository actions, MeetingRepository meetings, AgendaRepository agenda,
            Transactions transactions, Clock clock, Auditor auditor) {
        this.actions = actions;
        this.meetings = meetings;
        this.agenda = agenda;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    public List<FollowUpAction> ofMeeting(MeetingId meeting) {
        return transactions.inTransaction(() -> actions.ofMeeting(meeting));
    }

    /**
     * The actions of every meeting by deadline, each with its meeting.
     *
     * @param status the status wanted, or {@code null} for all
     * @param owner the owner wanted (any case), or {@code null} or blank for all
     */
    public List<FollowUpLine> list(ActionStatus status, String owner) {
        String wanted = owner == null || owner.isBlank() ? null : owner.strip();
        return transactions.inTransaction(() -> withMeetings(actions.find(status, wanted)));
    }

    /** The owners named so far, for the list's filter. */
    public List<String> owners() {
        return transactions.inTransaction(actions::owners);
    }

    /**
     * The dashboard's view of the meetings on {@code today}: the overdue actions and the next {@code nextCount}
     * meetings, in one transaction of two small queries.
     */
    public MeetingsGlance glance(LocalDate today, int nextCount) {
        return transactions.inTransaction(() -> new MeetingsGlance(withMeetings(actions.overdue(today)),
                meetings.startingFrom(today, nextCount)));
    }

    public FollowUpAction create(MeetingId meeting, FollowUpDraft draft) {
        return transactions.inTransaction(() -> {
            Meeting owner = requireMeeting(meeting);
            ValidationException.throwIfAny(validate(meeting, draft));
            FollowUpAction created = actions.insert(meeting, draft, clock.instant());
            auditor.record(AUDIT_TYPE, key(owner, created), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    public FollowUpAction update(FollowUpId id, FollowUpDraft draft) {
        return transactions.inTransaction(() -> {
            FollowUpAction current = require(id);
            ValidationException.throwIfAny(validate(current.meeting(), draft));
            actions.update(id, draft, clock.instant());
            FollowUpAction saved = require(id);
            auditor.record(AUDIT_TYPE, key(requireMeeting(saved.meeting()), saved), AuditEntry.Action.UPDATE,
                    values(current), values(saved));
            return saved;
        });
    }

    /** Marks the action done, keeping its text, owner and deadline. */
    public FollowUpAction markDone(FollowUpId id) {
        return transactions.inTransaction(() -> update(id, require(id).toDraft().withStatus(ActionStatus.DONE)));
    }

    public void delete(FollowUpId id) {
        transactions.inTransaction(() -> {
            FollowUpAction action = require(id);
            String key = key(requireMeeting(action.meeting()), action);
            actions.delete(id);
            auditor.record(AUDIT_TYPE, key, AuditEntry.Action.DELETE, values(action), null);
        });
    }

    private List<FieldError> validate(MeetingId meeting, FollowUpDraft draft) {
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (draft.agendaItem() != null) {
            boolean ofThisMeeting = agenda.findItem(draft.agendaItem()).map(AgendaItem::meeting)
                    .filter(meeting::equals).isPresent();
            if (!ofThisMeeting) {
                errors.add(FieldError.of(FollowUpDraft.AGENDA_ITEM, "validation.followUp.itemOfAnotherMeeting"));
            }
        }
        return errors;
    }

    private List<FollowUpLine> withMeetings(List<FollowUpAction> found) {
        Map<MeetingId, Meeting> byId = new HashMap<>();
        List<FollowUpLine> lines = new ArrayList<>();
        for (FollowUpAction action : found) {
            lines.add(new FollowUpLine(byId.computeIfAbsent(action.meeting(), this::requireMeeting), action));
        }
        return lines;
    }

    private FollowUpAction require(FollowUpId id) {
        return actions.findById(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    private Meeting requireMeeting(MeetingId id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private static String key(Meeting meeting, FollowUpAction action) {
        return meeting.shortTitle() + " #" + action.id();
    }

    private static Map<String, String> values(FollowUpAction action) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("followUp.text", action.text());
        values.put("followUp.owner", action.owner());
        values.put("followUp.deadline", action.deadline().toString());
        values.put("followUp.status", action.status().messageKey());
        values.put("followUp.agendaItem", action.agendaItem() == null ? "" : "#" + action.agendaItem());
        return values;
    }
}
