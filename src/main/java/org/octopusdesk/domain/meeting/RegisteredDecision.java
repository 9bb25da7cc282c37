package org.octopusdesk.domain.meeting;

/** A line of the decisions register: a decision with the meeting and the agenda item it was taken under. */
public record RegisteredDecision(Meeting meeting, int itemNumber, String itemTitle, Decision decision) {
}
