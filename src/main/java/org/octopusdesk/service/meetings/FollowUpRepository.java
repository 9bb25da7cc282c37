package org.octopusdesk.service.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.FollowUpDraft;
import org.octopusdesk.domain.meeting.FollowUpId;
import org.octopusdesk.domain.meeting.MeetingId;

/** Where follow-up actions are kept. Callers hold the transaction. */
public interface FollowUpRepository {

    /** The meeting's actions by deadline, then in the order entered. */
    List<FollowUpAction> ofMeeting(MeetingId meeting);

    /**
     * The actions of every meeting by deadline, of one status and one owner (any case) when given.
     *
     * @param status the status wanted, or {@code null} for all
     * @param owner the owner wanted, or {@code null} for all
     */
    List<FollowUpAction> find(ActionStatus status, String owner);

    /** The open actions whose deadline is before {@code today}, the most late first. */
    List<FollowUpAction> overdue(LocalDate today);

    /** The owners named so far, each once, in alphabetical order. */
    List<String> owners();

    Optional<FollowUpAction> findById(FollowUpId id);

    FollowUpAction insert(MeetingId meeting, FollowUpDraft draft, Instant now);

    void update(FollowUpId id, FollowUpDraft draft, Instant now);

    void delete(FollowUpId id);
}
