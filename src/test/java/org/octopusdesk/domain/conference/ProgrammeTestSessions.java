package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Sessions made up for the tests of the programme's rules. */
final class ProgrammeTestSessions {

    static final LocalDate DAY = LocalDate.of(2023, 12, 13);
    private static long next = 1;

    private ProgrammeTestSessions() {
    }

    static Session session(String room, String start, String end, String title, SessionPerson... people) {
        return session(DAY, room, start, end, title, people);
    }

    static Session session(LocalDate day, String room, String start, String end, String title,
            SessionPerson... people) {
        return new Session(new SessionId(next++), new ConferenceId(1), day, LocalTime.parse(start),
                LocalTime.parse(end), room, title, SessionKind.WORKSHOP, List.of(people));
    }

    static SessionPerson speaker(String name) {
        return new SessionPerson(SessionPerson.Role.SPEAKER, name, "", "");
    }

    static SessionPerson moderator(String name) {
        return new SessionPerson(SessionPerson.Role.MODERATOR, name, "", "");
    }
}
