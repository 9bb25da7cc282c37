package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.EditionFunding;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.service.rates.CurrencyCatalog;

/**
 * Conference editions as earmarks (decision 0028): the rule that an earmark names an edition of its own project only,
 * and what the contributions earmarked to an edition bring it. Runs in the caller's transaction.
 */
final class EditionEarmarks {

    private final ContributionRepository contributions;
    private final CurrencyCatalog currencies;

    EditionEarmarks(ContributionRepository contributions, CurrencyCatalog currencies) {
        this.contributions = contributions;
        this.currencies = currencies;
    }

    /** An earmark may name an edition only of its own project, so that the project's totals hold the edition's. */
    List<FieldError> problems(ContributionDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        for (int line = 1; line <= draft.allocations().size(); line++) {
            AllocationDraft allocation = draft.allocations().get(line - 1);
            if (allocation.edition() != null && allocation.projectId() != null && !contributions
                    .projectOfEdition(allocation.edition()).map(allocation.projectId()::equals).orElse(false)) {
                errors.add(FieldError.of(ContributionDraft.ALLOCATIONS, "validation.allocation.editionOfAnother",
                        line));
            }
        }
        return errors;
    }

    /**
     * The euros each contribution earmarked to the edition brings it as of {@code asOf}: the stored parts of its
     * payments, and what an open pledge still owes for it, its fraction of the outstanding amount estimated at the
     * latest ECB rate. An undisclosed split brings nothing countable: its part is not known.
     */
    List<EditionFunding> funding(ConferenceId edition, LocalDate asOf, Function<Money, EuroEstimate> estimate) {
        List<EditionFunding> funding = new ArrayList<>();
        for (EditionEarmark earmark : contributions.earmarksToEdition(edition, asOf)) {
            BigDecimal fraction = earmark.fraction().orElse(BigDecimal.ZERO);
            Money outstanding = earmark.status().isOpen()
                    ? partOf(earmark.pledged().minus(earmark.paid()).atLeastZero(), fraction)
                    : earmark.pledged().zero();
            funding.add(new EditionFunding(earmark.donor(), earmark.reference(), partOf(earmark.pledged(), fraction),
                    Money.euros(earmark.receivedEuros()),
                    Money.euros(estimate.apply(outstanding).euros().setScale(2, RoundingMode.HALF_UP))));
        }
        return funding;
    }

    /** The fraction of an amount, at its currency's minor unit, half up. */
    private Money partOf(Money whole, BigDecimal fraction) {
        return Money.of(whole.amount().multiply(fraction).setScale(whole.amount().scale(), RoundingMode.HALF_UP),
                currencies.require(whole.currency()));
    }
}
