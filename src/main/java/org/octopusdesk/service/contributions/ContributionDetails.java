package org.octopusdesk.service.contributions;

import java.util.List;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.Payment;

/** A contribution with its payments, oldest value date first. */
public record ContributionDetails(Contribution contribution, List<Payment> payments) {

    public ContributionDetails {
        payments = List.copyOf(payments);
    }
}
