package org.octopusdesk.service.conferences;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.Session;
import org.octopusdesk.domain.conference.SessionDraft;
import org.octopusdesk.domain.conference.SessionId;

/** Where the sessions of the editions' programmes are kept, with their people. Callers hold the transaction. */
public interface ProgrammeRepository {

    /** The edition's sessions by day and start time. */
    List<Session> sessionsOf(ConferenceId conference);

    Optional<Session> findSession(SessionId id);

    Session insert(ConferenceId conference, SessionDraft draft, Instant now);

    /** Replaces the session's facts and people. */
    Session update(SessionId id, SessionDraft draft, Instant now);

    void delete(SessionId id);
}
