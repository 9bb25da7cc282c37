package org.octopusdesk.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;

/**
 * An amount converted to euros, with everything needed to reproduce it years later: the original amount, the rate,
 * its date and source, and the euro amount. Only the euro amount is rounded: half up, to the cent (the EU's
 * euro-conversion rule); the rate never is.
 *
 * @param valueDate the date the conversion was asked for; the rate may be of an earlier publication day
 */
public record Conversion(Money original, LocalDate valueDate, ExchangeRate rate, Money euros) {

    /**
     * How far back a publication may lie before the value date: a weekend plus a holiday or two. Older than
     * that is a gap the person must see, never a silent guess.
     */
    public static final int MAX_DAYS_BACK = 4;

    /** Converts with {@code rate}, which must be of the amount's currency. */
    public static Conversion at(Money amount, LocalDate valueDate, ExchangeRate rate) {
        if (!rate.currency().equals(amount.currency())) {
            throw new IllegalArgumentException(rate.currency() + " rate for a " + amount.currency() + " amount");
        }
        BigDecimal euros = amount.amount().divide(rate.unitsPerEuro(), 2, RoundingMode.HALF_UP);
        return new Conversion(amount, valueDate, rate, Money.euros(euros));
    }

    /**
     * The rate that applies on {@code valueDate}: the latest publication on or up to {@value #MAX_DAYS_BACK}
     * calendar days before it.
     *
     * @param latest the latest publication on or before the value date, if any
     * @throws DomainException naming the last available date when there is none close enough
     */
    public static ExchangeRate applicableRate(String currency, LocalDate valueDate, Optional<ExchangeRate> latest) {
        if (latest.isEmpty()) {
            throw new DomainException("error.rate.none", currency, valueDate);
        }
        ExchangeRate rate = latest.get();
        if (ChronoUnit.DAYS.between(rate.date(), valueDate) > MAX_DAYS_BACK) {
            throw new DomainException("error.rate.gap", currency, valueDate, rate.date());
        }
        return rate;
    }
}
