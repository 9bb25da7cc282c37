package org.octopusdesk.service.meetings;

import java.util.List;
import org.octopusdesk.domain.meeting.Meeting;

/**
 * What the dashboard shows of the meetings on a date: the open actions past their deadline and the next meetings.
 *
 * @param overdue the overdue actions, the most late first
 * @param next the meetings starting on the date or later, the soonest first
 */
public record MeetingsGlance(List<FollowUpLine> overdue, List<Meeting> next) {

    public MeetingsGlance {
        overdue = List.copyOf(overdue);
        next = List.copyOf(next);
    }
}
