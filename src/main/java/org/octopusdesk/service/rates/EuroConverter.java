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
 * otherwise an error naming the last date the ECB published. Payments and expenditure lines both convert here, so
 * the two can never drift apart.
 */
public final class EuroConverter {

    /** Digits kept of the rate a bank's euros imply: the ECB publishes at most five significant digits after it. */
    private static final int IMPLIED_RATE_SCALE = 8;

    private final RatesService rates;

    public EuroConverter(RatesService rates) {
        this.rates = rates;
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
            Money euros = Money.euros(bankEuros);
            // The rate the bank's euros imply, for the record; the euro amount is the bank's, not a conversion.
            BigDecimal implied = amount.amount().divide(euros.amount(), IMPLIED_RATE_SCALE, RoundingMode.HALF_UP);
            return new Result(Optional.of(new ExchangeRate(amount.currency(), valueDate, implied,
                    RateSource.BANK_ACTUAL, "")), euros);
        }
        try {
            Conversion conversion = Conversion.at(amount, valueDate, rates.paymentRate(amount.currency(), valueDate));
            return new Result(Optional.of(conversion.rate()), conversion.euros());
        } catch (DomainException noRate) {
            throw new ValidationException(List.of(FieldError.of(dateField, noRate.messageKey(),
                    noRate.arguments().toArray())));
        }
    }
}
