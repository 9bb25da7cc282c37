package org.octopusdesk.service.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.money.Conversion;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;

/**
 * Converts money received or spent to euros, once and for all, by the Council's rules: the bank's euros when the
 * statement shows them (BANK_ACTUAL, the rate they imply kept for the record); otherwise the ECB rate of the value
 * date or of the last publication up to four days before; otherwise a manual rate a person entered for that gap;
 * otherwise an error naming the last date the ECB published. Payments, expenditure lines and the converter of the
 * Rates area all convert here, so they can never drift apart; a conversion recorded elsewhere is checked here too.
 */
public final class EuroConverter {

    /** Digits kept of the rate a bank's euros imply: the ECB publishes at most five significant digits after it. */
    private static final int IMPLIED_RATE_SCALE = 8;

    private final RatesService rates;
    private final RateLookup lookup;

    public EuroConverter(RatesService rates) {
        this(rates, RateLookup.direct(rates));
    }

    private EuroConverter(RatesService rates, RateLookup lookup) {
        this.rates = rates;
        this.lookup = lookup;
    }

    /**
     * A converter for one import of many lines, inside its transaction: each currency and day is looked up in the
     * database once, not once a line.
     */
    public static EuroConverter forImport(RatesService rates) {
        return new EuroConverter(rates, new RememberedRates(rates));
    }

    /**
     * What a conversion gives, to store with the amount.
     *
     * @param rate the rate used or implied; empty for an amount already in euros
     */
    public record Result(Optional<ExchangeRate> rate, Money euros) {
    }

    /**
     * Converts {@code amount}, valued on {@code valueDate}.
     *
     * @param bankEuros the euros on the bank statement, already checked by the draft's rules, or {@code null}
     * @param dateField the field of the form a missing rate is shown beside
     * @throws ValidationException on {@code dateField} when no rate applies (a gap, a suspended currency)
     */
    public Result toEuros(Money amount, LocalDate valueDate, BigDecimal bankEuros, String dateField) {
        if (amount.isEuro()) {
            return new Result(Optional.empty(), amount);
        }
        if (bankEuros != null) {
            return bankCredit(amount, valueDate, bankEuros);
        }
        try {
            Conversion conversion = convert(amount, valueDate);
            return new Result(Optional.of(conversion.rate()), conversion.euros());
        } catch (DomainException noRate) {
            throw new ValidationException(List.of(FieldError.of(dateField, noRate.messageKey(),
                    noRate.arguments().toArray())));
        }
    }

    /**
     * Converts an amount in another currency than the euro at the rate a payment of {@code valueDate} gets: the ECB
     * rate that applies, else a manual rate of that gap.
     *
     * @throws DomainException naming the last date the ECB published when no rate applies
     */
    public Conversion convert(Money amount, LocalDate valueDate) {
        return Conversion.at(amount, valueDate, lookup.paymentRate(amount.currency(), valueDate));
    }

    /**
     * The ECB rate that applies to {@code currency} on {@code valueDate}, to compare with the rate a bank's euros
     * imply; empty where the ECB has none (a gap, a suspended currency). A manual rate is no reference: it may be
     * pending in an import, and would make the same payment warned in the window and not in its export's import.
     */
    public Optional<ExchangeRate> referenceRate(String currency, LocalDate valueDate) {
        try {
            return Optional.of(lookup.paymentRate(currency, valueDate))
                    .filter(rate -> rate.source() == RateSource.ECB);
        } catch (DomainException noRate) {
            return Optional.empty();
        }
    }

    /**
     * An estimate of what an amount not yet received is worth at {@code rate} (the latest ECB rate, however old: the
     * estimate says its date): the same arithmetic as a conversion, never stored as one.
     */
    public static Money estimate(Money amount, LocalDate asOf, ExchangeRate rate) {
        return amount.isEuro() ? amount : Conversion.at(amount, asOf, rate).euros();
    }

    static Result bankCredit(Money amount, LocalDate valueDate, BigDecimal bankEuros) {
        Money euros = Money.euros(bankEuros);
        // The rate the bank's euros imply, for the record; the euro amount is the bank's, not a conversion.
        BigDecimal implied = amount.amount().divide(euros.amount(), IMPLIED_RATE_SCALE, RoundingMode.HALF_UP);
        return new Result(Optional.of(new ExchangeRate(amount.currency(), valueDate, implied,
                RateSource.BANK_ACTUAL, "")), euros);
    }

    /**
     * Keeps a conversion recorded elsewhere (an exported payment) once it is shown to follow the rules here:
     * see {@link RecordedConversions}.
     *
     * @throws ValidationException naming the part of the record that does not hold
     */
    public Result adopt(Money amount, LocalDate valueDate, BigDecimal bankEuros,
            org.octopusdesk.domain.money.RecordedConversion recorded, String origin) {
        return adopt(amount, valueDate, bankEuros, recorded, manual -> rates.adoptManual(manual, origin));
    }

    /**
     * Like {@link #adopt(Money, LocalDate, BigDecimal, org.octopusdesk.domain.money.RecordedConversion, String)},
     * a manual rate becoming the day's manual rate the way {@code manualRates} says: an import checks every line
     * before it stores any rate.
     */
    public Result adopt(Money amount, LocalDate valueDate, BigDecimal bankEuros,
            org.octopusdesk.domain.money.RecordedConversion recorded, ManualRateAdoption manualRates) {
        return new RecordedConversions(lookup, manualRates).adopt(amount, valueDate, bankEuros, recorded);
    }
}
