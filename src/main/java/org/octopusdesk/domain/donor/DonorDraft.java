package org.octopusdesk.domain.donor;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/** What a person enters to create or change a donor. */
public record DonorDraft(String name, DonorKind kind, String country, String contactNotes) {

    public static final String NAME = "name";
    public static final String KIND = "kind";
    public static final String COUNTRY = "country";
    public static final String CONTACT_NOTES = "contactNotes";

    public static final int NAME_MAX = 200;
    public static final int COUNTRY_MAX = 100;
    public static final int NOTES_MAX = 4000;

    public DonorDraft {
        name = name == null ? "" : name.strip();
        country = country == null ? "" : country.strip();
        contactNotes = contactNotes == null ? "" : contactNotes.strip();
    }

    /** The rules of one donor; a unique name is checked against the others by the service. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (name.isEmpty()) {
            errors.add(FieldError.of(NAME, "validation.required"));
        } else if (name.length() > NAME_MAX) {
            errors.add(FieldError.of(NAME, "validation.tooLong", NAME_MAX));
        }
        if (kind == null) {
            errors.add(FieldError.of(KIND, "validation.required"));
        } else if (kind.requiresCountry() && country.isEmpty()) {
            errors.add(FieldError.of(COUNTRY, "validation.donor.countryRequired"));
        }
        if (country.length() > COUNTRY_MAX) {
            errors.add(FieldError.of(COUNTRY, "validation.tooLong", COUNTRY_MAX));
        }
        if (contactNotes.length() > NOTES_MAX) {
            errors.add(FieldError.of(CONTACT_NOTES, "validation.tooLong", NOTES_MAX));
        }
        return errors;
    }
}
