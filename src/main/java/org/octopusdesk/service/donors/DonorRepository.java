package org.octopusdesk.service.donors;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorId;

/** Where donors are kept. Callers hold the transaction. */
public interface DonorRepository {

    List<Donor> findAll();

    Optional<Donor> findById(DonorId id);

    Optional<Donor> findByNameIgnoreCase(String name);

    Donor insert(DonorDraft draft, Instant now);

    /** Saves the draft if the donor is still at {@code expectedVersion}; empty when someone saved it first. */
    Optional<Donor> update(DonorId id, int expectedVersion, DonorDraft draft, Instant now);

    /** Deletes the donor if it is still at {@code expectedVersion}; false when it changed meanwhile. */
    boolean delete(DonorId id, int expectedVersion);

    /** How many contributions name the donor. */
    int contributionCount(DonorId id);
}
