package org.octopusdesk.domain.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.octopusdesk.domain.conference.ProgrammeTestSessions.session;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DayTimetableTest {

    @Test
    void roomsAreColumnsAndEachSessionSpansTheRowsOfItsTimes() {
        Session opening = session("Plenary hall", "09:00", "10:30", "Opening");
        Session workshop = session("Room 2", "10:30", "12:00", "Workshop");
        Session plenary = session("Plenary hall", "11:00", "12:00", "Panel");

        DayTimetable day = DayTimetable.of(List.of(workshop, plenary, opening));

        assertThat(day.rooms()).containsExactly(new DayTimetable.RoomColumns("Plenary hall", 0, 1),
                new DayTimetable.RoomColumns("Room 2", 1, 1));
        assertThat(day.times()).containsExactly(LocalTime.of(9, 0), LocalTime.of(10, 30), LocalTime.of(11, 0),
                LocalTime.of(12, 0));
        assertThat(day.placements()).containsExactlyInAnyOrder(new DayTimetable.Placement(opening, 0, 0, 1),
                new DayTimetable.Placement(plenary, 0, 2, 1), new DayTimetable.Placement(workshop, 1, 1, 2));
        assertThat(day.rowCount()).isEqualTo(3);
    }

    @Test
    void twoSessionsOfARoomAtOnceSitSideBySideInsteadOfOnTopOfEachOther() {
        Session first = session("Room 1", "09:00", "11:00", "First");
        Session clash = session("Room 1", "10:00", "12:00", "Clash");
        Session other = session("Room 3", "09:00", "10:00", "Other");

        DayTimetable day = DayTimetable.of(List.of(first, clash, other));

        assertThat(day.rooms()).containsExactly(new DayTimetable.RoomColumns("Room 1", 0, 2),
                new DayTimetable.RoomColumns("Room 3", 2, 1));
        assertThat(day.columnCount()).isEqualTo(3);
        assertThat(day.placements()).extracting(DayTimetable.Placement::column).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void anEmptyDayHasNoRowsAndNoColumns() {
        DayTimetable day = DayTimetable.of(List.of());

        assertThat(day.rowCount()).isZero();
        assertThat(day.columnCount()).isZero();
    }
}
