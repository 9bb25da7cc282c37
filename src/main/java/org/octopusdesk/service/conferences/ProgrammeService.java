package org.octopusdesk.service.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.ProgrammeClashes;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionDraft;
import org.octopusdesk.domain.conference.SessionId;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.countries.CountryService;

/** The programme of an edition: its sessions by day, their moderators and speakers, and what clashes. */
public class ProgrammeService {

    /** The record type of sessions in the audit trail, keyed "2023 #id" by the edition's year. */
    public static final String AUDIT_TYPE = "CONFERENCE_SESSION";

    private final ProgrammeRepository sessions;
    private final ConferenceRepository conferences;
    private final CountryService countries;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    ProgrammeService(ProgrammeRepository sessions, ConferenceRepository conferences, CountryService countries,
            Transactions transactions, Clock clock, Auditor auditor) {
        this.sessions = sessions;
        this.conferences = conferences;
        this.countries = countries;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /**
     * The edition's programme: its sessions by day and time, and the clashes among them.
     *
     * @param days the edition's days, first to last; empty while its dates are unknown
     */
    public record Programme(Conference conference, List<LocalDate> days, List<Session> sessions,
            ProgrammeClashes clashes) {

        public List<Session> on(LocalDate day) {
            return sessions.stream().filter(session -> session.day().equals(day)).toList();
        }
    }

    public Programme of(ConferenceId id) {
        return transactions.inTransaction(() -> {
            Conference conference = conferences.findById(id)
                    .orElseThrow(() -> new NotFoundException(String.valueOf(id)));
            List<Session> all = sessions.sessionsOf(id);
            List<LocalDate> days = conference.hasDates()
                    ? conference.start().datesUntil(conference.end().plusDays(1)).toList() : List.of();
            return new Programme(conference, days, all, ProgrammeClashes.of(all));
        });
    }

    /** The country of a code, for the people's lines; empty for none or a code no longer listed. */
    public Optional<Country> country(String code) {
        return code.isEmpty() ? Optional.empty() : countries.find(code);
    }

    public Session add(ConferenceId conference, SessionDraft draft) {
        return transactions.inTransaction(() -> {
            Conference edition = conferences.findById(conference)
                    .orElseThrow(() -> new NotFoundException(String.valueOf(conference)));
            SessionDraft checked = checked(edition, draft);
            Session created = sessions.insert(conference, checked, clock.instant());
            auditor.record(AUDIT_TYPE, key(edition, created), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    public Session update(SessionId id, SessionDraft draft) {
        return transactions.inTransaction(() -> {
            Session current = require(id);
            Conference edition = conferences.findById(current.conference()).orElseThrow();
            Session saved = sessions.update(id, checked(edition, draft), clock.instant());
            auditor.record(AUDIT_TYPE, key(edition, saved), AuditEntry.Action.UPDATE, values(current),
                    values(saved));
            return saved;
        });
    }

    public void delete(SessionId id) {
        transactions.inTransaction(() -> {
            Session current = require(id);
            Conference edition = conferences.findById(current.conference()).orElseThrow();
            sessions.delete(id);
            auditor.record(AUDIT_TYPE, key(edition, current), AuditEntry.Action.DELETE, values(current), null);
        });
    }

    /**
     * The refusals of an edition's new dates that would leave sessions outside its days: the sessions are moved
     * or deleted first, never silently.
     */
    List<FieldError> strandedBy(Conference current, ConferenceDraft draft) {
        List<Session> outside = sessions.sessionsOf(current.id()).stream()
                .filter(session -> draft.start() == null || draft.end() == null
                        || session.day().isBefore(draft.start()) || session.day().isAfter(draft.end()))
                .toList();
        if (outside.isEmpty()) {
            return List.of();
        }
        String field = draft.start() != null && outside.get(0).day().isBefore(draft.start())
                ? ConferenceDraft.START : ConferenceDraft.END;
        return List.of(FieldError.of(field, "validation.conference.strandsSessions", outside.size(),
                outside.get(0).day().toString()));
    }

    /** The draft checked against its edition, with every person's country turned into its code. */
    private SessionDraft checked(Conference edition, SessionDraft draft) {
        List<FieldError> errors = new ArrayList<>(draft.validateFor(edition));
        List<SessionPerson> people = new ArrayList<>();
        for (SessionPerson person : draft.people()) {
            if (person.country().isEmpty()) {
                people.add(person);
                continue;
            }
            Optional<Country> country = countries.byName(person.country());
            if (country.isEmpty()) {
                errors.add(FieldError.of(SessionDraft.PEOPLE, "validation.session.unknownCountry", person.name(),
                        person.country()));
            } else {
                people.add(new SessionPerson(person.role(), person.name(), person.organisation(),
                        country.get().code()));
            }
        }
        ValidationException.throwIfAny(errors);
        return new SessionDraft(draft.day(), draft.start(), draft.end(), draft.room(), draft.title(), draft.kind(),
                people);
    }

    private Session require(SessionId id) {
        return sessions.findSession(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private static String key(Conference edition, Session session) {
        return edition.year() + " #" + session.id();
    }

    private static Map<String, String> values(Session session) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("session.day", session.day().toString());
        values.put("session.start", session.start().toString());
        values.put("session.end", session.end().toString());
        values.put("session.room", session.room());
        values.put("session.title", session.title());
        values.put("session.kind", session.kind().messageKey());
        values.put("session.people", session.people().stream()
                .map(person -> person.role().name().charAt(0) + ": " + person.name()
                        + (person.organisation().isEmpty() ? "" : ", " + person.organisation())
                        + (person.country().isEmpty() ? "" : " (" + person.country() + ")"))
                .collect(Collectors.joining("; ")));
        return values;
    }
}
