package org.octopusdesk.domain.meeting;

import java.util.List;

/**
 * An item of a meeting's agenda with the decisions taken under it.
 *
 * @param number the item's number on the agenda, from 1
 * @param documents the documents discussed, as the agenda lists them (symbols or titles), empty if none
 */
public record AgendaItem(AgendaItemId id, MeetingId meeting, int number, String title, String documents,
        List<Decision> decisions) {

    public AgendaItem {
        decisions = List.copyOf(decisions);
    }
}
