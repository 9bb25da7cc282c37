package org.octopusdesk.service.meetings;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.domain.meeting.MeetingSeriesDraft;
import org.octopusdesk.domain.meeting.MeetingSeriesId;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/** The use cases of committee meetings: their series, the list, and creating, changing and deleting one. */
public class MeetingService {

    /** The record types of meetings and series in the audit trail. */
    public static final String AUDIT_TYPE = "MEETING";
    public static final String SERIES_AUDIT_TYPE = "MEETING_SERIES";

    private final MeetingRepository meetings;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;
    private final AgendaService agenda;

    public MeetingService(MeetingRepository meetings, AgendaRepository agenda, Transactions transactions, Clock clock,
            Auditor auditor) {
        this.meetings = meetings;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
        this.agenda = new AgendaService(agenda, meetings, transactions, clock, auditor);
    }

    /** The meetings' agendas and decisions, and the decisions register. */
    public AgendaService agenda() {
        return agenda;
    }

    /** The series in the order they were added: the three the T-CY has, then the secretariat's own. */
    public List<MeetingSeries> series() {
        return transactions.inTransaction(() -> meetings.findAllSeries().stream()
                .sorted(Comparator.comparingLong(series -> series.id().value())).toList());
    }

    /** The series named {@code name} in English, in French or by its short name; refused when none is. */
    public MeetingSeries seriesNamed(String name) {
        return transactions.inTransaction(() -> meetings.findSeriesByAnyName(name.strip())
                .orElseThrow(() -> new DomainException("error.meeting.noSuchSeries", name.strip())));
    }

    public MeetingSeries addSeries(MeetingSeriesDraft draft) {
        return transactions.inTransaction(() -> {
            List<FieldError> errors = new ArrayList<>(draft.validate());
            taken(errors, MeetingSeriesDraft.NAME_EN, draft.nameEn());
            taken(errors, MeetingSeriesDraft.NAME_FR, draft.nameFr());
            taken(errors, MeetingSeriesDraft.SHORT_NAME, draft.shortName());
            ValidationException.throwIfAny(errors);
            MeetingSeries created = meetings.insertSeries(draft, clock.instant());
            Map<String, String> values = new LinkedHashMap<>();
            values.put("meeting.series.nameEn", created.nameEn());
            values.put("meeting.series.nameFr", created.nameFr());
            values.put("meeting.series.shortName", created.shortName());
            auditor.record(SERIES_AUDIT_TYPE, created.id().toString(), AuditEntry.Action.CREATE, null, values);
            return created;
        });
    }

    private void taken(List<FieldError> errors, String field, String name) {
        if (!name.isEmpty()) {
            meetings.findSeriesByAnyName(name).ifPresent(other ->
                    errors.add(FieldError.of(field, "validation.meeting.seriesTaken", name, other.nameEn())));
        }
    }

    /** The meetings the filter accepts, the latest first. */
    public List<Meeting> list(MeetingFilter filter) {
        return transactions.inTransaction(() -> meetings.findAll().stream().filter(filter::accepts)
                .sorted(Comparator.comparing(Meeting::start).reversed()
                        .thenComparing(meeting -> meeting.series().id().value())).toList());
    }

    public Meeting get(MeetingId id) {
        return transactions.inTransaction(() -> require(id));
    }

    /**
     * The meeting whose short form is {@code shortTitle} ("T-CY 23"), whatever the case and spacing; refused when
     * none is.
     */
    public Meeting byShortTitle(String shortTitle) {
        String wanted = normalised(shortTitle);
        return transactions.inTransaction(() -> meetings.findAll().stream()
                .filter(meeting -> normalised(meeting.shortTitle()).equals(wanted)).findFirst()
                .orElseThrow(() -> new DomainException("error.meeting.noSuchMeeting", shortTitle.strip())));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
    }

    /** The next number of the series: one past the highest given, so gaps left by unknown meetings stay. */
    public int proposedNumber(MeetingSeriesId series) {
        return transactions.inTransaction(() -> meetings.highestNumber(series) + 1);
    }

    public Meeting create(MeetingDraft draft) {
        return transactions.inTransaction(() -> {
            ValidationException.throwIfAny(validate(draft, null));
            Meeting created = meetings.insert(draft, clock.instant());
            auditor.record(AUDIT_TYPE, created.id().toString(), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    public Meeting update(MeetingId id, int version, MeetingDraft draft) {
        return transactions.inTransaction(() -> {
            Meeting current = require(id);
            ValidationException.throwIfAny(validate(draft, id));
            Meeting saved = meetings.update(id, version, draft, clock.instant())
                    .orElseThrow(() -> auditor.conflict(current.shortTitle(), id.toString(), AUDIT_TYPE));
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(current), values(saved));
            return saved;
        });
    }

    public void delete(MeetingId id, int version) {
        transactions.inTransaction(() -> {
            Meeting meeting = require(id);
            if (!meetings.delete(id, version)) {
                throw auditor.conflict(meeting.shortTitle(), id.toString(), AUDIT_TYPE);
            }
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.DELETE, values(meeting), null);
        });
    }

    /** Every creation, change and deletion of the meeting, oldest first; kept after the meeting is deleted. */
    public List<AuditEntry> history(MeetingId id) {
        return transactions.inTransaction(() -> auditor.history(AUDIT_TYPE, id.toString()));
    }

    private static Map<String, String> values(Meeting meeting) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("meeting.series", meeting.series().nameEn());
        values.put("meeting.number", Integer.toString(meeting.number()));
        values.put("meeting.start", meeting.start().toString());
        values.put("meeting.end", meeting.end().toString());
        values.put("meeting.format", meeting.format().messageKey());
        values.put("meeting.venue", meeting.venue());
        values.put("meeting.note", meeting.note());
        return values;
    }

    private Meeting require(MeetingId id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private List<FieldError> validate(MeetingDraft draft, MeetingId self) {
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (draft.series() != null && meetings.findSeries(draft.series()).isEmpty()) {
            errors.add(FieldError.of(MeetingDraft.SERIES, "validation.meeting.unknownSeries"));
        } else if (draft.series() != null && draft.number() != null) {
            Optional<Meeting> holder = meetings.findByNumber(draft.series(), draft.number());
            if (holder.isPresent() && !holder.get().id().equals(self)) {
                Meeting other = holder.get();
                errors.add(FieldError.of(MeetingDraft.NUMBER, "validation.meeting.numberTaken", other.shortTitle(),
                        other.start().toString()));
            }
        }
        return errors;
    }
}
