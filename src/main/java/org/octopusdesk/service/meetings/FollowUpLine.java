package org.octopusdesk.service.meetings;

import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.Meeting;

/** A follow-up action with the meeting it comes from, for lists across meetings. */
public record FollowUpLine(Meeting meeting, FollowUpAction action) {
}
