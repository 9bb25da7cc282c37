package org.octopusdesk.service.contributions;

import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionId;
import org.octopusdesk.domain.contribution.Payment;

/**
 * What a contribution file writes once every line of it is checked: stored in one go by
 * {@link ContributionRepository#insertImported}, in the import's transaction.
 *
 * @param pledges the file's pledges, each as it stands once the file's lines are applied
 * @param payments the file's payments, in the file's order
 * @param existing the stored pledges the file pays into, as they stand after it, each with the version read when
 *     the file was checked
 */
public record ImportedContributions(List<NewPledge> pledges, List<NewPayment> payments, List<Contribution> existing) {

    public ImportedContributions {
        pledges = List.copyOf(pledges);
        payments = List.copyOf(payments);
        existing = List.copyOf(existing);
    }

    /**
     * A pledge of the file with its earmarks, and its totals, status and cancellation once its payments are
     * received ({@code state} has no id yet).
     */
    public record NewPledge(ContributionDraft draft, Contribution state) {
    }

    /** A payment of the file, to a pledge of the file (by reference) or to one already stored. */
    public record NewPayment(String reference, Optional<ContributionId> stored, Payment payment) {
    }

    public int allocations() {
        return pledges.stream().mapToInt(pledge -> pledge.draft().allocations().size()).sum();
    }
}
