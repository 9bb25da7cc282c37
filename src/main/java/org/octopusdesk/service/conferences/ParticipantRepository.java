package org.octopusdesk.service.conferences;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.Erasure;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.conference.ParticipantDraft;
import org.octopusdesk.domain.conference.ParticipantId;

/** Where the participants of the editions are kept. Callers hold the transaction. */
public interface ParticipantRepository {

    List<Participant> participantsOf(ConferenceId conference);

    Optional<Participant> find(ParticipantId id);

    /** @param draft with its country as a code of the country list */
    Participant insert(ConferenceId conference, ParticipantDraft draft, Instant now);

    /** Many at once, for an import whose every line was checked. */
    void insertAll(ConferenceId conference, List<ParticipantDraft> drafts, Instant now);

    Optional<Participant> update(ParticipantId id, int expectedVersion, ParticipantDraft draft, Instant now);

    boolean delete(ParticipantId id, int expectedVersion);

    /** Every participant of every edition whose e-mail is {@code address}, whatever its case. */
    List<Participant> withEmail(String address);

    /**
     * Blanks the personal details of the participant (name, organisation, role, e-mail, consent) and marks the row
     * erased on {@code day}; country, sector and funding stay. False when the row is gone or already erased.
     */
    boolean erase(ParticipantId id, Erasure why, LocalDate day, Instant now);

    /** {@link #erase} for every participant of the edition not erased yet; answers how many. */
    int eraseAll(ConferenceId conference, Erasure why, LocalDate day, Instant now);
}
