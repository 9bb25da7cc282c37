package org.octopusdesk.service.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.meeting.BureauMember;
import org.octopusdesk.domain.meeting.BureauMemberDraft;
import org.octopusdesk.domain.meeting.BureauMemberId;

/** Where the Bureau's seats are kept. Callers hold the transaction. */
public interface BureauRepository {

    /** Every seat ever recorded, the latest term first. */
    List<BureauMember> findAll();

    Optional<BureauMember> findById(BureauMemberId id);

    BureauMember insert(BureauMemberDraft draft, Instant now);

    void update(BureauMemberId id, BureauMemberDraft draft, Instant now);

    void delete(BureauMemberId id);
}
