package org.octopusdesk.domain.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.octopusdesk.domain.conference.ProgrammeTestSessions.moderator;
import static org.octopusdesk.domain.conference.ProgrammeTestSessions.session;
import static org.octopusdesk.domain.conference.ProgrammeTestSessions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeClashesTest {

    @Test
    void aRoomBookedTwiceAtOnceIsFlaggedOnBothSessions() {
        Session opening = session("Room 1", "09:00", "10:30", "Opening");
        Session workshop = session("room  1", "10:00", "11:00", "Workshop on e-evidence");
        Session elsewhere = session("Room 2", "09:00", "10:30", "Side event");

        ProgrammeClashes clashes = ProgrammeClashes.of(List.of(opening, workshop, elsewhere));

        assertThat(clashes.of(opening.id())).containsExactly(new ProgrammeClashes.Clash(workshop, null));
        assertThat(clashes.of(workshop.id())).containsExactly(new ProgrammeClashes.Clash(opening, null));
        assertThat(clashes.of(elsewhere.id())).isEmpty();
        assertThat(clashes.sessionsConcerned()).isEqualTo(2);
    }

    @Test
    void aPersonInTwoRoomsAtOnceIsFlaggedWhateverTheAccentsCaseAndRole() {
        Session first = session("Room 1", "14:00", "15:30", "Capacity building", speaker("José Pérez"));
        Session second = session("Room 2", "15:00", "16:00", "Cloud evidence", moderator("jose  perez"),
                speaker("Ana Lee"));

        ProgrammeClashes clashes = ProgrammeClashes.of(List.of(first, second));

        assertThat(clashes.of(first.id())).containsExactly(new ProgrammeClashes.Clash(second, "José Pérez"));
        assertThat(clashes.of(second.id())).containsExactly(new ProgrammeClashes.Clash(first, "jose perez"));
    }

    @Test
    void sessionsThatOnlyTouchOrFallOnOtherDaysDoNotClash() {
        Session morning = session("Room 1", "09:00", "10:30", "Morning", speaker("Ana Lee"));
        Session next = session("Room 1", "10:30", "12:00", "Right after", speaker("Ana Lee"));
        Session tomorrow = session(ProgrammeTestSessions.DAY.plusDays(1), "Room 1", "09:00", "10:30", "Tomorrow",
                speaker("Ana Lee"));

        assertThat(ProgrammeClashes.of(List.of(morning, next, tomorrow)).isEmpty()).isTrue();
    }
}
