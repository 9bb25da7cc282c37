package org.octopusdesk.service.rates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;

/**
 * Bank euros whose implied rate is more than {@link #MAX_DEVIATION} from the ECB rate of their day: bank charges
 * and spreads are a few percent, a zero typed once too often or left out is ten times. A payment and a spending
 * line with such euros are confirmed before they are saved (decision 0052).
 *
 * @param euros the bank's euros
 * @param implied the rate they imply, to six significant digits (as many as the ECB's have)
 * @param currency the amount's currency
 * @param ecb the ECB rate that applies on the day
 * @param ecbDate the day the ECB published it
 */
public record BankRateGap(BigDecimal euros, BigDecimal implied, String currency, BigDecimal ecb, LocalDate ecbDate) {

    /** As far as a manual rate may be from the ECB's before it is asked about. */
    public static final BigDecimal MAX_DEVIATION = ManualRateRules.MAX_DEVIATION;
    /** The message that asks about it, whose arguments are {@link #arguments()}. */
    public static final String MESSAGE = "warning.bankRate";

    private static final MathContext SHOWN_DIGITS = new MathContext(6, RoundingMode.HALF_UP);

    /**
     * The gap of an amount converted at {@code rate} into {@code euros}, when the rate is the bank's and the ECB had
     * one that day; empty otherwise, or when the two are close.
     */
    public static Optional<BankRateGap> of(Money amount, Optional<ExchangeRate> rate, Money euros,
            EuroConverter conversions) {
        Optional<ExchangeRate> implied = rate.filter(used -> used.source() == RateSource.BANK_ACTUAL);
        if (implied.isEmpty()) {
            return Optional.empty();
        }
        Optional<ExchangeRate> reference = conversions.referenceRate(amount.currency(), implied.get().date());
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal expected = reference.get().unitsPerEuro();
        BigDecimal share = implied.get().unitsPerEuro().subtract(expected).divide(expected, 6, RoundingMode.HALF_UP);
        if (share.abs().compareTo(MAX_DEVIATION) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new BankRateGap(euros.amount(), implied.get().unitsPerEuro().round(SHOWN_DIGITS)
                .stripTrailingZeros(), amount.currency(), expected.stripTrailingZeros(), reference.get().date()));
    }

    /** The question's arguments: the euros, the implied rate, the currency, the ECB's rate and its day. */
    public List<Object> arguments() {
        return List.of(euros, implied, currency, ecb, ecbDate);
    }
}
