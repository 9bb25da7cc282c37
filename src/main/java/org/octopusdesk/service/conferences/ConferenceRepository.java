package org.octopusdesk.service.conferences;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceId;

/** Where conference editions are kept. Callers hold the transaction. */
public interface ConferenceRepository {

    List<Conference> findAll();

    Optional<Conference> findById(ConferenceId id);

    Optional<Conference> findByYear(int year);

    Conference insert(ConferenceDraft draft, Instant now);

    /** Saves the draft if the edition is still at {@code expectedVersion}; empty when someone saved it first. */
    Optional<Conference> update(ConferenceId id, int expectedVersion, ConferenceDraft draft, Instant now);

    /** Deletes the edition and its programme if still at {@code expectedVersion}; false when it changed. */
    boolean delete(ConferenceId id, int expectedVersion);

    /** How many budget lines the edition has: an edition with a budget is not deleted with it. */
    int budgetLines(ConferenceId id);

    /** How many actual costs are booked for the edition, as expenditure lines of its project. */
    int bookedActuals(ConferenceId id);

    /** How many contributions' earmarks name the edition. */
    int earmarks(ConferenceId id);
}
