package org.octopusdesk.service.meetings;

import java.text.Collator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.meeting.Delegation;
import org.octopusdesk.domain.meeting.DelegationDraft;
import org.octopusdesk.domain.meeting.DelegationId;
import org.octopusdesk.domain.meeting.Headcount;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.countries.CountryService;

/**
 * Attendance at meetings: delegations of countries (with their T-CY status on the meeting's start date) and of
 * organisations, how many persons each, and optionally who. Names and roles are personal data kept for the meeting
 * report's list of participants: the audit trail, which is never erased, records how many were named, not who.
 */
public class AttendanceService {

    /** The record type in the audit trail, keyed "T-CY 23 FR" or "T-CY 23 UNODC". */
    public static final String AUDIT_TYPE = "DELEGATION";
    /** How long the names of participants are kept after a meeting: the report is out well before. */
    public static final java.time.Period NAMES_KEPT = java.time.Period.ofYears(2);

    private final DelegationRepository delegations;
    private final MeetingRepository meetings;
    private final CountryService countries;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public AttendanceService(DelegationRepository delegations, MeetingRepository meetings, CountryService countries,
            Transactions transactions, Clock clock, Auditor auditor) {
        this.delegations = delegations;
        this.meetings = meetings;
        this.countries = countries;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** The meeting's delegations and headcount, each State with its status on the meeting's start date. */
    public Attendance attendance(MeetingId id) {
        return transactions.inTransaction(() -> {
            Meeting meeting = require(id);
            Collator collator = Collator.getInstance(Locale.ENGLISH);
            List<DelegationLine> states = new ArrayList<>();
            List<DelegationLine> organisations = new ArrayList<>();
            List<Delegation> all = delegations.delegationsOf(id);
            Map<String, TcyStatus> statuses = new LinkedHashMap<>();
            for (Delegation delegation : all) {
                if (delegation.isCountry()) {
                    TcyStatus status = countries.tcyStatusOn(delegation.countryCode(), meeting.start());
                    statuses.put(delegation.countryCode(), status);
                    Country country = countries.find(delegation.countryCode()).orElseThrow();
                    states.add(new DelegationLine(delegation, country, status));
                } else {
                    organisations.add(new DelegationLine(delegation, null, null));
                }
            }
            states.sort(Comparator.comparing(line -> line.country().nameEn(), collator));
            organisations.sort(Comparator.comparing(line -> line.delegation().organisation(), collator));
            return new Attendance(states, organisations, Headcount.of(all, statuses::get));
        });
    }

    public Delegation add(MeetingId meeting, DelegationDraft draft) {
        return transactions.inTransaction(() -> {
            Meeting owner = require(meeting);
            ValidationException.throwIfAny(validate(meeting, draft, null));
            Delegation created = delegations.insert(meeting, draft, clock.instant());
            auditor.record(AUDIT_TYPE, key(owner, created), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    public Delegation update(DelegationId id, DelegationDraft draft) {
        return transactions.inTransaction(() -> {
            Delegation current = requireDelegation(id);
            ValidationException.throwIfAny(validate(current.meeting(), draft, id));
            Delegation saved = delegations.update(id, draft);
            auditor.record(AUDIT_TYPE, key(require(saved.meeting()), saved), AuditEntry.Action.UPDATE,
                    values(current), values(saved));
            return saved;
        });
    }

    public void delete(DelegationId id) {
        transactions.inTransaction(() -> {
            Delegation delegation = requireDelegation(id);
            String key = key(require(delegation.meeting()), delegation);
            delegations.delete(id);
            auditor.record(AUDIT_TYPE, key, AuditEntry.Action.DELETE, values(delegation), null);
        });
    }

    /**
     * Erases the names and roles recorded for meetings that ended more than {@link #NAMES_KEPT} ago; the numbers of
     * persons stay, so headcounts and statistics do not change. Runs when a data folder is opened.
     *
     * @return how many named persons were erased
     */
    public int eraseExpiredNames() {
        java.time.LocalDate limit = namesLimit();
        return transactions.inTransaction(() -> {
            int erased = delegations.eraseDelegatesOfMeetingsEndedBefore(limit);
            if (erased > 0) {
                auditor.record(AUDIT_TYPE, "before " + limit, AuditEntry.Action.DELETE,
                        Map.of("delegation.named", Integer.toString(erased)), null);
            }
            return erased;
        });
    }

    private java.time.LocalDate namesLimit() {
        return clock.instant().atZone(clock.getZone()).toLocalDate().minus(NAMES_KEPT);
    }

    private List<FieldError> validate(MeetingId meeting, DelegationDraft draft, DelegationId self) {
        List<FieldError> errors = new ArrayList<>(draft.validate());
        if (!draft.delegates().isEmpty() && require(meeting).end().isBefore(namesLimit())) {
            errors.add(FieldError.of(DelegationDraft.DELEGATES, "validation.delegation.namesExpired",
                    NAMES_KEPT.getYears()));
        }
        if (draft.countryCode() != null) {
            var country = countries.find(draft.countryCode());
            if (country.isEmpty()) {
                errors.add(FieldError.of(DelegationDraft.COUNTRY, "validation.delegation.unknownCountry",
                        draft.countryCode()));
                return errors;
            }
            boolean twice = delegations.delegationsOf(meeting).stream()
                    .anyMatch(other -> !other.id().equals(self) && draft.countryCode().equals(other.countryCode()));
            if (twice) {
                errors.add(FieldError.of(DelegationDraft.COUNTRY, "validation.delegation.countryTwice",
                        country.get()));
            }
        } else if (draft.organisation() != null) {
            boolean twice = delegations.delegationsOf(meeting).stream()
                    .anyMatch(other -> !other.id().equals(self) && other.organisation() != null
                            && other.organisation().equalsIgnoreCase(draft.organisation()));
            if (twice) {
                errors.add(FieldError.of(DelegationDraft.ORGANISATION, "validation.delegation.organisationTwice",
                        draft.organisation()));
            }
        }
        return errors;
    }

    private Meeting require(MeetingId id) {
        return meetings.findById(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    private Delegation requireDelegation(DelegationId id) {
        return delegations.find(id).orElseThrow(() -> new NotFoundException(id.toString()));
    }

    private static String key(Meeting meeting, Delegation delegation) {
        return meeting.shortTitle() + " " + (delegation.isCountry() ? delegation.countryCode()
                : delegation.organisation());
    }

    /** No names: the trail is kept for good, and a person's name must be erasable on request. */
    private static Map<String, String> values(Delegation delegation) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(delegation.isCountry() ? "delegation.country" : "delegation.organisation",
                delegation.isCountry() ? delegation.countryCode() : delegation.organisation());
        values.put("delegation.persons", Integer.toString(delegation.persons()));
        values.put("delegation.named", Integer.toString(delegation.delegates().size()));
        return values;
    }
}
