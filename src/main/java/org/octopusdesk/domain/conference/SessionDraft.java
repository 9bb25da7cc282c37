package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/** What a person enters to add or change a session of the programme. */
public record SessionDraft(LocalDate day, LocalTime start, LocalTime end, String room, String title,
        SessionKind kind, List<SessionPerson> people) {

    public static final String DAY = "day";
    public static final String START = "start";
    public static final String END = "end";
    public static final String ROOM = "room";
    public static final String TITLE = "title";
    public static final String KIND = "kind";
    public static final String PEOPLE = "people";

    public static final int ROOM_MAX = 80;
    public static final int TITLE_MAX = 300;

    public SessionDraft {
        room = room == null ? "" : room.strip();
        title = title == null ? "" : title.strip();
        people = people == null ? List.of() : List.copyOf(people);
    }

    /**
     * The rules of a session within its edition: on one of the edition's days, ending after it starts; people
     * named, and their countries checked against the country list by the service.
     */
    public List<FieldError> validateFor(Conference conference) {
        List<FieldError> errors = new ArrayList<>();
        if (day == null) {
            errors.add(FieldError.of(DAY, "validation.required"));
        } else if (!conference.hasDates()) {
            errors.add(FieldError.of(DAY, "validation.session.noConferenceDates",
                    Integer.toString(conference.year())));
        } else if (!conference.includes(day)) {
            errors.add(FieldError.of(DAY, "validation.session.outsideConference", conference.start().toString(),
                    conference.end().toString()));
        }
        if (start == null) {
            errors.add(FieldError.of(START, "validation.required"));
        }
        if (end == null) {
            errors.add(FieldError.of(END, "validation.required"));
        } else if (start != null && !end.isAfter(start)) {
            errors.add(FieldError.of(END, "validation.session.endBeforeStart"));
        }
        if (room.isEmpty()) {
            errors.add(FieldError.of(ROOM, "validation.required"));
        } else if (room.length() > ROOM_MAX) {
            errors.add(FieldError.of(ROOM, "validation.tooLong", ROOM_MAX));
        }
        if (title.isEmpty()) {
            errors.add(FieldError.of(TITLE, "validation.required"));
        } else if (title.length() > TITLE_MAX) {
            errors.add(FieldError.of(TITLE, "validation.tooLong", TITLE_MAX));
        }
        if (kind == null) {
            errors.add(FieldError.of(KIND, "validation.required"));
        }
        for (SessionPerson person : people) {
            if (person.name().isEmpty() || person.name().length() > SessionPerson.NAME_MAX
                    || person.organisation().length() > SessionPerson.ORGANISATION_MAX) {
                errors.add(FieldError.of(PEOPLE, "validation.session.badPerson", person.name()));
                break;
            }
        }
        return errors;
    }
}
