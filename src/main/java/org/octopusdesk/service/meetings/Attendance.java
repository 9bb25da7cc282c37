package org.octopusdesk.service.meetings;

import java.util.List;
import org.octopusdesk.domain.meeting.Headcount;

/**
 * Who attended a meeting: the States' delegations (in the order of their English names), then the organisations',
 * and the headcount they make.
 */
public record Attendance(List<DelegationLine> states, List<DelegationLine> organisations, Headcount headcount) {

    public Attendance {
        states = List.copyOf(states);
        organisations = List.copyOf(organisations);
    }

    public boolean isEmpty() {
        return states.isEmpty() && organisations.isEmpty();
    }
}
