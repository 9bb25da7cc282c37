package org.octopusdesk.service.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.meeting.Delegation;
import org.octopusdesk.domain.meeting.DelegationDraft;
import org.octopusdesk.domain.meeting.DelegationId;
import org.octopusdesk.domain.meeting.MeetingId;

/** Where the delegations at meetings, and the persons named in them, are kept. Callers hold the transaction. */
public interface DelegationRepository {

    /** The meeting's delegations in the order they were recorded, each with its named persons in order. */
    List<Delegation> delegationsOf(MeetingId meeting);

    Optional<Delegation> find(DelegationId id);

    Delegation insert(MeetingId meeting, DelegationDraft draft, Instant now);

    /** Replaces the delegation's country or organisation, number and named persons. */
    Delegation update(DelegationId id, DelegationDraft draft);

    void delete(DelegationId id);

    /** Removes the named persons of delegations at meetings that ended before {@code date}; returns how many. */
    int eraseDelegatesOfMeetingsEndedBefore(java.time.LocalDate date);
}
