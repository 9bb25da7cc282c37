package org.octopusdesk.service.meetings;

import java.util.Optional;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingSeriesId;

/**
 * Which meetings a list shows: of one series, of one year (a meeting belongs to the year it starts in), or all.
 */
public record MeetingFilter(Optional<MeetingSeriesId> series, Optional<Integer> year) {

    public static MeetingFilter all() {
        return new MeetingFilter(Optional.empty(), Optional.empty());
    }

    public boolean accepts(Meeting meeting) {
        return series.map(id -> id.equals(meeting.series().id())).orElse(true)
                && year.map(y -> meeting.start().getYear() == y).orElse(true);
    }
}
