package org.octopusdesk.domain.meeting;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/**
 * What a person enters for a delegation: a country or an organisation, how many persons, and optionally who.
 *
 * @param countryCode the country's ISO 3166 code, or null for an organisation's delegation
 * @param organisation the organisation's name, or null (or empty) for a country's delegation
 * @param persons the number of persons, null while not given
 */
public record DelegationDraft(String countryCode, String organisation, Integer persons, List<Delegate> delegates) {

    public static final String COUNTRY = "country";
    public static final String ORGANISATION = "organisation";
    public static final String PERSONS = "persons";
    public static final String DELEGATES = "delegates";
    public static final int ORGANISATION_MAX = 200;
    public static final int PERSONS_MAX = 999;

    public DelegationDraft {
        organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode.strip();
        delegates = delegates == null ? List.of() : List.copyOf(delegates);
    }

    /** The rules of one delegation; a country or organisation once per meeting is the service's check. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (countryCode == null && organisation == null) {
            errors.add(FieldError.of(COUNTRY, "validation.delegation.countryOrOrganisation"));
        } else if (countryCode != null && organisation != null) {
            errors.add(FieldError.of(ORGANISATION, "validation.delegation.notBoth"));
        }
        if (organisation != null && organisation.length() > ORGANISATION_MAX) {
            errors.add(FieldError.of(ORGANISATION, "validation.tooLong", ORGANISATION_MAX));
        }
        if (persons == null) {
            errors.add(FieldError.of(PERSONS, "validation.required"));
        } else if (persons < 1 || persons > PERSONS_MAX) {
            errors.add(FieldError.of(PERSONS, "validation.delegation.personsRange", PERSONS_MAX));
        } else if (delegates.size() > persons) {
            errors.add(FieldError.of(PERSONS, "validation.delegation.fewerThanNamed", delegates.size()));
        }
        for (Delegate delegate : delegates) {
            if (delegate.name().isEmpty()) {
                errors.add(FieldError.of(DELEGATES, "validation.delegation.nameMissing", delegate.role()));
                break;
            }
            if (delegate.name().length() > Delegate.NAME_MAX || delegate.role().length() > Delegate.ROLE_MAX) {
                errors.add(FieldError.of(DELEGATES, "validation.delegation.delegateTooLong", delegate.name(),
                        Delegate.NAME_MAX));
                break;
            }
        }
        return errors;
    }
}
