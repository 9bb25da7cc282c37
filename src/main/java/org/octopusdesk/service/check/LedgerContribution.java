package org.octopusdesk.service.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.PaymentPart;

/**
 * A contribution as the check reads it: what its derived figures are computed from (pledge, cancellation,
 * earmarks, payments) and the figures as stored.
 *
 * @param projects the earmarked projects in the pledge's order, with {@code codes} and {@code fractions} alike
 * @param fractions each earmark's part of the pledge; empty when the split is not public
 */
public record LedgerContribution(long id, String reference, long donor, String currency, LocalDate agreed,
        BigDecimal pledged, Optional<LocalDate> cancelledOn, Stored stored, List<Long> projects, List<String> codes,
        List<Optional<BigDecimal>> fractions, List<Payment> payments) {

    public LedgerContribution {
        projects = List.copyOf(projects);
        codes = List.copyOf(codes);
        fractions = List.copyOf(fractions);
        payments = List.copyOf(payments);
    }

    public boolean cancelled() {
        return cancelledOn.isPresent();
    }

    /**
     * The totals kept on the contribution row.
     *
     * @param closedOn the stored first day on which the pledge expected nothing more; {@code null} when none
     * @param donorName the donor's name kept on the pledge, the list's sort key (decision 0037)
     */
    public record Stored(BigDecimal paid, BigDecimal receivedEuros, int payments, ContributionStatus status,
            LocalDate closedOn, String donorName) {
    }

    /** A payment with its stored parts. */
    public record Payment(long id, LocalDate valueDate, BigDecimal amount, BigDecimal euros, List<PaymentPart> parts) {

        public Payment {
            parts = List.copyOf(parts);
        }
    }
}
