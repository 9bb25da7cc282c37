package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** A session of an edition's programme as stored, with its moderators and speakers in the programme's order. */
public record Session(SessionId id, ConferenceId conference, LocalDate day, LocalTime start, LocalTime end,
        String room, String title, SessionKind kind, List<SessionPerson> people) {

    public Session {
        people = List.copyOf(people);
    }

    public List<SessionPerson> moderators() {
        return people.stream().filter(person -> person.role() == SessionPerson.Role.MODERATOR).toList();
    }

    public List<SessionPerson> speakers() {
        return people.stream().filter(person -> person.role() == SessionPerson.Role.SPEAKER).toList();
    }

    /** Whether the two sessions share a moment: one ending as the other starts does not overlap it. */
    public boolean overlaps(Session other) {
        return day.equals(other.day) && start.isBefore(other.end) && other.start.isBefore(end);
    }

    public SessionDraft toDraft() {
        return new SessionDraft(day, start, end, room, title, kind, people);
    }
}
