package org.octopusdesk.domain.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/** What a person enters to create or change a meeting; {@code number} is null while not given. */
public record MeetingDraft(MeetingSeriesId series, Integer number, LocalDate start, LocalDate end,
        MeetingFormat format, String venue, String note) {

    public static final String SERIES = "series";
    public static final String NUMBER = "number";
    public static final String START = "start";
    public static final String END = "end";
    public static final String FORMAT = "format";
    public static final String VENUE = "venue";
    public static final String NOTE = "note";

    public static final int NUMBER_MAX = 9999;
    public static final int VENUE_MAX = 200;
    public static final int NOTE_MAX = 1000;

    public MeetingDraft {
        venue = venue == null ? "" : venue.strip();
        note = note == null ? "" : note.strip();
    }

    /** The rules of one meeting; a number unique in its series is checked against the others by the service. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (series == null) {
            errors.add(FieldError.of(SERIES, "validation.required"));
        }
        if (number == null) {
            errors.add(FieldError.of(NUMBER, "validation.required"));
        } else if (number < 1 || number > NUMBER_MAX) {
            errors.add(FieldError.of(NUMBER, "validation.meeting.numberRange", NUMBER_MAX));
        }
        if (start == null) {
            errors.add(FieldError.of(START, "validation.required"));
        }
        if (end == null) {
            errors.add(FieldError.of(END, "validation.required"));
        } else if (start != null && end.isBefore(start)) {
            errors.add(FieldError.of(END, "validation.meeting.endBeforeStart"));
        }
        if (format == null) {
            errors.add(FieldError.of(FORMAT, "validation.required"));
        }
        if (venue.length() > VENUE_MAX) {
            errors.add(FieldError.of(VENUE, "validation.tooLong", VENUE_MAX));
        }
        if (note.length() > NOTE_MAX) {
            errors.add(FieldError.of(NOTE, "validation.tooLong", NOTE_MAX));
        }
        return errors;
    }
}
