package org.octopusdesk.domain.contribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.money.Money;

/**
 * A pledge as stored, with what has been received of it so far.
 *
 * @param paid the sum of its payments, in the pledge's currency
 * @param receivedEuros the sum of its payments' euro amounts, each converted on its own value date
 * @param version the optimistic-locking version: adding or removing a payment changes it too
 */
public record Contribution(ContributionId id, String reference, DonorId donorId, String donorName,
        LocalDate agreementDate, Money pledged, String intermediary, String notes, Optional<LocalDate> cancelledOn,
        String cancelReason, Money paid, Money receivedEuros, int paymentCount, ContributionStatus status,
        List<Allocation> allocations, int version) {

    public Contribution {
        allocations = List.copyOf(allocations);
    }

    /** What is still expected, in the pledge's currency; nothing once received in full or cancelled. */
    public Money outstanding() {
        if (!status.isOpen()) {
            return pledged.zero();
        }
        return pledged.minus(paid).atLeastZero();
    }

    public ContributionDraft toDraft() {
        return new ContributionDraft(donorId, reference, agreementDate, pledged.amount(), pledged.currency(),
                intermediary, notes, allocations.stream().map(Allocation::toDraft).toList());
    }
}
