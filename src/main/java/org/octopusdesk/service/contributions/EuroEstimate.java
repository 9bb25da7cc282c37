package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.service.rates.EuroConverter;

/**
 * Amounts not yet received, re-expressed in euros at the latest ECB rates on or before one date: an estimate,
 * never a receipt, and never used to convert a payment.
 *
 * @param euros the sum of what could be converted
 * @param ratesFrom the date of the oldest rate used: {@code asOf}, or earlier when the ECB has published nothing
 *     since (the shipped history ends in April 2026; a suspended currency stopped earlier)
 * @param withoutRate currencies with no ECB rate at all by that date: their amounts are not in {@code euros}
 * @param converted whether some amount was in another currency and re-expressed at a rate; when none was, the
 *     euros are the amounts themselves, pledged in euros, and no estimate at all
 */
public record EuroEstimate(BigDecimal euros, LocalDate asOf, LocalDate ratesFrom, List<String> withoutRate,
        boolean converted) {

    public EuroEstimate {
        withoutRate = List.copyOf(withoutRate);
    }

    /**
     * {@code outstanding} re-expressed in euros at the latest ECB rate on or before {@code asOf} of each currency
     * ({@code latestRate}); euros as they are.
     */
    static EuroEstimate of(List<Money> outstanding, LocalDate asOf,
            Function<String, Optional<ExchangeRate>> latestRate) {
        Money euros = Money.euros(BigDecimal.ZERO);
        List<String> withoutRate = new ArrayList<>();
        LocalDate ratesFrom = asOf;
        boolean converted = false;
        for (Money amount : outstanding) {
            if (amount.amount().signum() == 0) {
                continue;
            }
            if (amount.isEuro()) {
                euros = euros.plus(amount);
                continue;
            }
            converted = true;
            Optional<ExchangeRate> rate = latestRate.apply(amount.currency());
            if (rate.isPresent()) {
                euros = euros.plus(EuroConverter.estimate(amount, asOf, rate.get()));
                ratesFrom = rate.get().date().isBefore(ratesFrom) ? rate.get().date() : ratesFrom;
            } else {
                withoutRate.add(amount.currency());
            }
        }
        return new EuroEstimate(euros.amount(), asOf, ratesFrom, withoutRate, converted);
    }

    public boolean complete() {
        return withoutRate.isEmpty();
    }

    /** Nothing is still expected: no amount, and no currency left out for want of a rate. */
    public boolean nothing() {
        return complete() && euros.signum() == 0;
    }

    /** The amounts were all in euros: the figure is what they add up to, with no rate and nothing left out. */
    public boolean exact() {
        return complete() && !converted;
    }

    /** Whether some rate is older than the few days a conversion may look back: the estimate should say so. */
    public boolean usesOlderRates() {
        return ratesFrom.isBefore(asOf.minusDays(org.octopusdesk.domain.money.Conversion.MAX_DAYS_BACK));
    }
}
