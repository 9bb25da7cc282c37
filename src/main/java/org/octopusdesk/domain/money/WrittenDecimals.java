package org.octopusdesk.domain.money;

import java.math.BigDecimal;
import java.util.Optional;
import org.octopusdesk.domain.FieldError;

/**
 * The decimals of an amount as a person or a file wrote them, against those of its currency. Decimals past the
 * currency's are refused when they are not all zeros (JPY 0.5 is no amount), and when there are exactly three of
 * them even if they are zeros, when one to three digits come before the point: "250.000" CAD is far more often
 * 250,000 written with a thousands separator than 250 dollars written with a spare zero, and reading it as 250.00
 * would lose three orders of magnitude silently. Other zeros past the currency's decimals ("1.5000",
 * "250000.000") look like no separator and are taken.
 */
public final class WrittenDecimals {

    /** The decimals a thousands separator leaves after it. */
    private static final int THOUSANDS = 3;
    /**
     * Below it, the digits before the point could be the first group of a larger number ("250" of 250,000); a
     * number below one ("0.500") has no such group.
     */
    private static final BigDecimal THOUSAND = new BigDecimal(1000);

    private WrittenDecimals() {
    }

    /**
     * What is wrong with {@code amount}'s decimals in {@code field}, if anything.
     *
     * @param amount the amount at the scale it was written with ({@code new BigDecimal("250.000")} has three)
     * @param currency the ISO code the amount is in, named in the message
     * @param allowed the currency's minor units
     */
    public static Optional<FieldError> problem(BigDecimal amount, String currency, int allowed, String field) {
        if (amount.scale() <= allowed) {
            return Optional.empty();
        }
        if (amount.scale() == THOUSANDS && amount.abs().compareTo(BigDecimal.ONE) >= 0
                && amount.abs().compareTo(THOUSAND) < 0) {
            return Optional.of(FieldError.of(field, "validation.money.thousandsSeparator", currency, allowed,
                    amount.unscaledValue().abs().toString()));
        }
        if (Math.max(0, amount.stripTrailingZeros().scale()) > allowed) {
            return Optional.of(FieldError.of(field, "validation.money.tooManyDecimalsFor", currency, allowed));
        }
        return Optional.empty();
    }
}
