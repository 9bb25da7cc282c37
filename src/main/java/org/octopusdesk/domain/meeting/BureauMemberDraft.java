package org.octopusdesk.domain.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/**
 * What a person enters for a Bureau seat: who held it, for which country, in which role and for which term.
 *
 * @param to the last day of the term, or {@code null} while its end is not known
 * @param note where the record comes from, or what is uncertain about it
 */
public record BureauMemberDraft(BureauRole role, String personName, String countryCode, LocalDate from,
        LocalDate to, String note) {

    public static final String ROLE = "role";
    public static final String PERSON = "personName";
    public static final String COUNTRY = "country";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String NOTE = "note";
    public static final int PERSON_MAX = 200;
    public static final int NOTE_MAX = 1000;

    public BureauMemberDraft {
        personName = personName == null ? "" : personName.strip();
        note = note == null ? "" : note.strip();
    }

    /** The rules of one seat; the country's existence and overlapping chairs are the service's to check. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (role == null) {
            errors.add(FieldError.of(ROLE, "validation.required"));
        }
        if (personName.isEmpty()) {
            errors.add(FieldError.of(PERSON, "validation.required"));
        } else if (personName.length() > PERSON_MAX) {
            errors.add(FieldError.of(PERSON, "validation.tooLong", PERSON_MAX));
        }
        if (countryCode == null || countryCode.isBlank()) {
            errors.add(FieldError.of(COUNTRY, "validation.required"));
        }
        if (from == null) {
            errors.add(FieldError.of(FROM, "validation.required"));
        } else if (to != null && to.isBefore(from)) {
            errors.add(FieldError.of(TO, "validation.bureau.toBeforeFrom", to, from));
        }
        if (note.length() > NOTE_MAX) {
            errors.add(FieldError.of(NOTE, "validation.tooLong", NOTE_MAX));
        }
        return errors;
    }

    /** Whether this term and {@code other} share at least one day; an open end runs on for ever. */
    public boolean overlaps(BureauMemberDraft other) {
        return !startsAfter(from, other.to) && !startsAfter(other.from, to);
    }

    private static boolean startsAfter(LocalDate start, LocalDate end) {
        return end != null && start.isAfter(end);
    }

    /** Whether the seat was held on {@code date}. */
    public boolean heldOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }
}
