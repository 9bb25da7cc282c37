package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Amounts not yet received, re-expressed in euros at the latest ECB rates on or before one date: an estimate,
 * never a receipt, and never used to convert a payment.
 *
 * @param euros the sum of what could be converted
 * @param ratesFrom the date of the oldest rate used: {@code asOf}, or earlier when the ECB has published nothing
 *     since (the shipped history ends in April 2026; a suspended currency stopped earlier)
 * @param withoutRate currencies with no ECB rate at all by that date: their amounts are not in {@code euros}
 */
public record EuroEstimate(BigDecimal euros, LocalDate asOf, LocalDate ratesFrom, List<String> withoutRate) {

    public EuroEstimate {
        withoutRate = List.copyOf(withoutRate);
    }

    public boolean complete() {
        return withoutRate.isEmpty();
    }

    /** Nothing is still expected: no amount, and no currency left out for want of a rate. */
    public boolean nothing() {
        return complete() && euros.signum() == 0;
    }

    /** Whether some rate is older than the few days a conversion may look back: the estimate should say so. */
    public boolean usesOlderRates() {
        return ratesFrom.isBefore(asOf.minusDays(org.octopusdesk.domain.money.Conversion.MAX_DAYS_BACK));
    }
}
