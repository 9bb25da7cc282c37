package org.octopusdesk.domain.meeting;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/** What a person enters to add a meeting series. */
public record MeetingSeriesDraft(String nameEn, String nameFr, boolean feminineFr, String shortName) {

    public static final String NAME_EN = "nameEn";
    public static final String NAME_FR = "nameFr";
    public static final String SHORT_NAME = "shortName";
    public static final int NAME_MAX = 120;
    public static final int SHORT_MAX = 40;

    public MeetingSeriesDraft {
        nameEn = nameEn == null ? "" : nameEn.strip();
        nameFr = nameFr == null ? "" : nameFr.strip();
        shortName = shortName == null ? "" : shortName.strip();
    }

    /** The rules of one series; unique names are checked against the others by the service. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        required(errors, NAME_EN, nameEn, NAME_MAX);
        required(errors, NAME_FR, nameFr, NAME_MAX);
        required(errors, SHORT_NAME, shortName, SHORT_MAX);
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }
}
