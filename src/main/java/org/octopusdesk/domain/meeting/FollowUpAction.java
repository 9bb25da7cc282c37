package org.octopusdesk.domain.meeting;

import java.time.LocalDate;

/**
 * A follow-up action as stored: what the meeting asked someone to do, by when, and where it stands.
 *
 * @param agendaItem the agenda item it comes from, or {@code null}
 */
public record FollowUpAction(FollowUpId id, MeetingId meeting, AgendaItemId agendaItem, String text, String owner,
        LocalDate deadline, ActionStatus status) {

    /** Still open with its deadline before {@code today}: the deadline day itself is not late yet. */
    public boolean isOverdueOn(LocalDate today) {
        return status == ActionStatus.OPEN && deadline.isBefore(today);
    }

    public FollowUpDraft toDraft() {
        return new FollowUpDraft(agendaItem, text, owner, deadline, status);
    }
}
