package org.octopusdesk.domain.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.octopusdesk.domain.DomainException;

/**
 * A rate as the ECB publishes it: EUR 1 = {@code unitsPerEuro} units of {@code currency}, valid for {@code date}.
 * The rate is kept exactly as published, never rounded.
 *
 * @param note why a manual rate was entered, or where it came from; empty for published rates
 */
public record ExchangeRate(String currency, LocalDate date, BigDecimal unitsPerEuro, RateSource source, String note) {

    /** The earliest date the ECB published euro reference rates. */
    public static final LocalDate FIRST_ECB_DAY = LocalDate.of(1999, 1, 4);
    /** Decimals the rate columns hold ({@code NUMERIC(20, 8)}). */
    public static final int DECIMALS = 8;
    /** The rate columns hold 12 digits before the point ({@code NUMERIC(20, 8)}): a rate is below this. */
    public static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    public ExchangeRate {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(unitsPerEuro, "unitsPerEuro");
        Objects.requireNonNull(source, "source");
        note = note == null ? "" : note.strip();
        if (unitsPerEuro.signum() <= 0) {
            throw new DomainException("validation.rate.notPositive", currency, date);
        }
        if (unitsPerEuro.compareTo(LIMIT) >= 0) {
            throw new DomainException("validation.rate.tooLarge", currency, date);
        }
        if (date.isBefore(FIRST_ECB_DAY)) {
            throw new DomainException("validation.rate.beforeEuro", currency, date);
        }
    }

    /** The rate with the decimals the ECB publishes for its currency: "1.1500", not "1.15". */
    public BigDecimal asPublished() {
        return EcbDecimals.asPublished(unitsPerEuro, currency);
    }

    public static ExchangeRate ecb(String currency, LocalDate date, BigDecimal unitsPerEuro) {
        return new ExchangeRate(currency, date, unitsPerEuro, RateSource.ECB, "");
    }

    /** Same currency, day and source: the same publication, whatever its value. */
    public boolean samePublicationAs(ExchangeRate other) {
        return currency.equals(other.currency) && date.equals(other.date) && source == other.source;
    }

    /** Same publication and the same value (1.5520 equals 1.552). */
    public boolean sameValueAs(ExchangeRate other) {
        return samePublicationAs(other) && unitsPerEuro.compareTo(other.unitsPerEuro) == 0;
    }
}
