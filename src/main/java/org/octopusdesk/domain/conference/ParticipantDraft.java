package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.octopusdesk.domain.FieldError;

/**
 * What a person enters to register a participant; {@code country} is as typed (a code or an English or French
 * name) until the service turns it into the code of the country list.
 */
public record ParticipantDraft(String name, String organisation, String country, Sector sector, String role,
        boolean funded, String email, boolean listConsent, LocalDate consentDate) {

    public static final String NAME = "name";
    public static final String ORGANISATION = "organisation";
    public static final String COUNTRY = "country";
    public static final String SECTOR = "sector";
    public static final String ROLE = "role";
    public static final String EMAIL = "email";
    public static final String CONSENT_DATE = "consentDate";

    public static final int NAME_MAX = 200;
    public static final int ORGANISATION_MAX = 200;
    public static final int ROLE_MAX = 120;
    public static final int EMAIL_MAX = 254;
    /** One @, something before it, a dot after it: enough to catch a typing slip, not a full RFC 5322 parser. */
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public ParticipantDraft {
        name = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        organisation = organisation == null ? "" : organisation.strip();
        country = country == null ? "" : country.strip();
        role = role == null ? "" : role.strip();
        email = email == null ? "" : email.strip();
        consentDate = listConsent ? consentDate : null;
    }

    /** The rules of one participant; that the country is a known one is checked by the service. */
    public List<FieldError> validate(LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(FieldError.of(NAME, "validation.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(FieldError.of(NAME, "validation.tooLong", NAME_MAX));
        }
        if (organisation.length() > ORGANISATION_MAX) {
            errors.add(FieldError.of(ORGANISATION, "validation.tooLong", ORGANISATION_MAX));
        }
        if (country.isEmpty()) {
            errors.add(FieldError.of(COUNTRY, "validation.required"));
        }
        if (sector == null) {
            errors.add(FieldError.of(SECTOR, "validation.required"));
        }
        if (role.length() > ROLE_MAX) {
            errors.add(FieldError.of(ROLE, "validation.tooLong", ROLE_MAX));
        }
        if (email.length() > EMAIL_MAX) {
            errors.add(FieldError.of(EMAIL, "validation.tooLong", EMAIL_MAX));
        } else if (!email.isEmpty() && !EMAIL_SHAPE.matcher(email).matches()) {
            errors.add(FieldError.of(EMAIL, "validation.participant.email"));
        }
        if (listConsent && consentDate == null) {
            errors.add(FieldError.of(CONSENT_DATE, "validation.participant.consentDate"));
        } else if (consentDate != null && consentDate.isAfter(today)) {
            errors.add(FieldError.of(CONSENT_DATE, "validation.participant.consentFuture"));
        }
        return errors;
    }

    public ParticipantDraft withCountry(String code) {
        return new ParticipantDraft(name, organisation, code, sector, role, funded, email, listConsent, consentDate);
    }
}
