package org.octopusdesk.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;

/**
 * An amount of one currency, at that currency's minor unit: never a double, and never added to another currency
 * without a conversion. The constructor is private so that no amount escapes the minor-unit check: every Money is
 * made by {@link #of}, {@link #euros}, or arithmetic on amounts that passed it (a sum or difference of two
 * amounts at the same minor unit stays at it).
 */
public final class Money {

    /**
     * The largest amount of money, in any currency, the application takes: below one trillion units. The columns
     * hold 16 digits before the point for an amount ({@code NUMERIC(20, 4)}) and 18 for euros ({@code NUMERIC(20,
     * 2)}); the margin is for what is derived from amounts and stored too: the sum paid on a pledge (overpaid
     * included), yearly totals, and euros converted at rates far below one unit per euro. A larger figure is a
     * typing or file error, refused beside its field rather than failing in the database.
     */
    public static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    /**
     * Digits an amount may have before the decimal point: what the database's amount columns hold
     * (NUMERIC(20, 4)); the hard guard of every amount built, below which {@link #LIMIT} is the rule a person
     * meets. Checked before any change of scale, which would write out every digit of 1E+100000000.
     */
    public static final int MAX_WHOLE_DIGITS = 16;

    /** The same for euro amounts, whose columns are NUMERIC(20, 2). */
    public static final int MAX_WHOLE_EURO_DIGITS = 18;

    private final BigDecimal amount;
    private final String currency;

    private Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * The amount in {@code currency}, refused when it has more decimals than the currency allows (JPY 0.5 is no
     * amount); fewer decimals are padded (CAD 250000 becomes 250000.00).
     */
    public static Money of(BigDecimal amount, CurrencyInfo currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        requireWholeDigits(amount, MAX_WHOLE_DIGITS);
        if (currency.minorUnits() == null) {
            return new Money(amount, currency.code());
        }
        int allowed = currency.minorUnits();
        if (Math.max(0, amount.stripTrailingZeros().scale()) > allowed) {
            throw new DomainException("validation.money.tooManyDecimalsFor", currency.code(), allowed);
        }
        return new Money(amount.setScale(allowed), currency.code());
    }

    /** Euros at the cent; an amount with more decimals is refused like any other. */
    public static Money euros(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        requireWholeDigits(amount, MAX_WHOLE_EURO_DIGITS);
        if (Math.max(0, amount.stripTrailingZeros().scale()) > 2) {
            throw new DomainException("validation.money.tooManyDecimalsFor", CurrencyInfo.EURO, 2);
        }
        return new Money(amount.setScale(2, RoundingMode.UNNECESSARY), CurrencyInfo.EURO);
    }

    /**
     * Refuses an amount with more than {@code limit} digits before the decimal point. Precision and scale are read
     * from the number as it is held, so 1E+100000000 costs nothing to refuse.
     */
    private static void requireWholeDigits(BigDecimal amount, int limit) {
        if (amount.signum() != 0 && (long) amount.precision() - amount.scale() > limit) {
            throw new DomainException("validation.money.tooManyDigits", limit);
        }
    }

    /**
     * What is wrong with an amount typed in {@code field} of a form, if anything: it is required, above zero, and at
     * the minor unit of its currency when the currency is known (a missing or unknown one is the currency field's
     * problem, said there), as written: see {@link WrittenDecimals}.
     */
    public static Optional<FieldError> problemWith(BigDecimal amount, Optional<CurrencyInfo> currency,
            String field) {
        if (amount == null) {
            return Optional.of(FieldError.of(field, "validation.required"));
        }
        if (amount.signum() <= 0) {
            return Optional.of(FieldError.of(field, "validation.amount.notPositive"));
        }
        if (amount.compareTo(LIMIT) >= 0) {
            return Optional.of(FieldError.of(field, "validation.amount.tooLarge"));
        }
        Optional<FieldError> decimals = currency.flatMap(known -> known.minorUnitsIfDefined()
                .flatMap(allowed -> WrittenDecimals.problem(amount, known.code(), allowed, field)));
        if (decimals.isPresent()) {
            return decimals;
        }
        try {
            requireWholeDigits(amount, MAX_WHOLE_DIGITS);
            currency.ifPresent(known -> of(amount, known));
        } catch (DomainException tooPrecise) {
            return Optional.of(FieldError.of(field, tooPrecise.messageKey(), tooPrecise.arguments().toArray()));
        }
        return Optional.empty();
    }

    public BigDecimal amount() {
        return amount;
    }

    /** The ISO 4217 code. */
    public String currency() {
        return currency;
    }

    public boolean isEuro() {
        return CurrencyInfo.EURO.equals(currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other, "add").amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other, "subtract").amount), currency);
    }

    /** Nothing, in this currency and at its minor unit. */
    public Money zero() {
        return new Money(amount.subtract(amount), currency);
    }

    /** This amount, or nothing when it is below zero. */
    public Money atLeastZero() {
        return amount.signum() < 0 ? zero() : this;
    }

    private Money sameCurrency(Money other, String operation) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot " + operation + " " + other.currency + " and " + currency
                    + " without converting");
        }
        return other;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.equals(money.amount) && currency.equals(money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount, currency);
    }

    @Override
    public String toString() {
        return currency + " " + amount.toPlainString();
    }
}
