package org.octopusdesk.domain.money;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;

/**
 * An amount of one currency, at that currency's minor unit: never a double, and never added to another currency
 * without a conversion.
 */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * The amount in {@code currency}, refused when it has more decimals than the currency allows (JPY 0.5 is no
     * amount); fewer decimals are padded (CAD 250000 becomes 250000.00).
     */
    public static Money of(BigDecimal amount, CurrencyInfo currency) {
        Objects.requireNonNull(amount, "amount");
        if (currency.minorUnits() == null) {
            return new Money(amount, currency.code());
        }
        int allowed = currency.minorUnits();
        if (Math.max(0, amount.stripTrailingZeros().scale()) > allowed) {
            throw new DomainException("validation.money.tooManyDecimalsFor", currency.code(), allowed);
        }
        return new Money(amount.setScale(allowed), currency.code());
    }

    /**
     * What is wrong with an amount typed in {@code field} of a form, if anything: it is required, above zero, and at
     * the minor unit of its currency when the currency is known (a missing or unknown one is the currency field's
     * problem, said there).
     */
    public static Optional<FieldError> problemWith(BigDecimal amount, Optional<CurrencyInfo> currency,
            String field) {
        if (amount == null) {
            return Optional.of(FieldError.of(field, "validation.required"));
        }
        if (amount.signum() <= 0) {
            return Optional.of(FieldError.of(field, "validation.amount.notPositive"));
        }
        try {
            currency.ifPresent(known -> of(amount, known));
        } catch (DomainException tooPrecise) {
            return Optional.of(FieldError.of(field, tooPrecise.messageKey(), tooPrecise.arguments().toArray()));
        }
        return Optional.empty();
    }

    public static Money euros(BigDecimal amount) {
        return new Money(amount.setScale(2, java.math.RoundingMode.UNNECESSARY), CurrencyInfo.EURO);
    }

    public boolean isEuro() {
        return CurrencyInfo.EURO.equals(currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot add " + other.currency + " to " + currency
                    + " without converting");
        }
        return new Money(amount.add(other.amount), currency);
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
