package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.project.ProjectId;

/**
 * What a person enters to create or change an edition; {@code year} is null while not given.
 *
 * @param retentionMonths months after the last day during which the participants' personal details are kept;
 *        null while not given
 */
public record ConferenceDraft(Integer year, String title, LocalDate start, LocalDate end, MeetingFormat format,
        String venue, String city, ProjectId project, ConferenceStatus status, String note,
        Integer retentionMonths) {

    public static final String YEAR = "year";
    public static final String TITLE = "title";
    public static final String START = "start";
    public static final String END = "end";
    public static final String FORMAT = "format";
    public static final String VENUE = "venue";
    public static final String CITY = "city";
    public static final String PROJECT = "project";
    public static final String STATUS = "status";
    public static final String NOTE = "note";
    public static final String RETENTION = "retentionMonths";

    /** The first edition was held in 2004; years far outside the project's life are typing mistakes. */
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    public static final int TITLE_MAX = 200;
    public static final int VENUE_MAX = 200;
    public static final int CITY_MAX = 120;
    public static final int NOTE_MAX = 1000;
    /** Two years after the edition: the report, the accounts and the next edition's invitations are done. */
    public static final int DEFAULT_RETENTION_MONTHS = 24;
    public static final int RETENTION_MIN = 1;
    /** Ten years: longer would no longer be a period but keeping the data for good. */
    public static final int RETENTION_MAX = 120;

    /** A draft with the default retention period. */
    public ConferenceDraft(Integer year, String title, LocalDate start, LocalDate end, MeetingFormat format,
            String venue, String city, ProjectId project, ConferenceStatus status, String note) {
        this(year, title, start, end, format, venue, city, project, status, note, DEFAULT_RETENTION_MONTHS);
    }

    public ConferenceDraft {
        title = title == null ? "" : title.strip();
        venue = venue == null ? "" : venue.strip();
        city = city == null ? "" : city.strip();
        note = note == null ? "" : note.strip();
    }

    /** The rules of one edition; a year held by another edition is checked by the service. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (year == null) {
            errors.add(FieldError.of(YEAR, "validation.required"));
        } else if (year < YEAR_MIN || year > YEAR_MAX) {
            errors.add(FieldError.of(YEAR, "validation.conference.yearRange", YEAR_MIN, YEAR_MAX));
        }
        if (title.isEmpty()) {
            errors.add(FieldError.of(TITLE, "validation.required"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(FieldError.of(TITLE, "validation.tooLong", TITLE_MAX));
        }
        checkDates(errors);
        if (format == null) {
            errors.add(FieldError.of(FORMAT, "validation.required"));
        }
        if (status == null) {
            errors.add(FieldError.of(STATUS, "validation.required"));
        }
        tooLong(errors, VENUE, venue, VENUE_MAX);
        tooLong(errors, CITY, city, CITY_MAX);
        tooLong(errors, NOTE, note, NOTE_MAX);
        if (retentionMonths == null) {
            errors.add(FieldError.of(RETENTION, "validation.required"));
        } else if (retentionMonths < RETENTION_MIN || retentionMonths > RETENTION_MAX) {
            errors.add(FieldError.of(RETENTION, "validation.conference.retentionRange", RETENTION_MIN,
                    RETENTION_MAX));
        }
        return errors;
    }

    private void checkDates(List<FieldError> errors) {
        // Both dates or neither: an edition known only by its year (2004, 2013) keeps them empty.
        if (start == null && end != null) {
            errors.add(FieldError.of(START, "validation.conference.bothDates"));
        } else if (start != null && end == null) {
            errors.add(FieldError.of(END, "validation.conference.bothDates"));
        } else if (start != null && end.isBefore(start)) {
            errors.add(FieldError.of(END, "validation.conference.endBeforeStart"));
        }
        if (start != null && year != null && start.getYear() != year) {
            errors.add(FieldError.of(START, "validation.conference.otherYear", Integer.toString(year)));
        }
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }
}
