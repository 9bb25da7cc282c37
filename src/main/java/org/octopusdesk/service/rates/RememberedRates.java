package org.octopusdesk.service.rates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.money.ExchangeRate;

/**
 * The rates of one import, each looked up in the database once: a file of 30,000 payments has a few thousand
 * distinct currency-days, and each look-up is a query. A missing rate is remembered too, with its error. Only for
 * the length of one import, which holds its transaction: the rates cannot change meanwhile.
 */
final class RememberedRates implements RateLookup {

    private final RatesService rates;
    private final Map<String, Object> paymentRates = new HashMap<>();
    private final Map<String, Optional<ExchangeRate>> published = new HashMap<>();

    RememberedRates(RatesService rates) {
        this.rates = rates;
    }

    @Override
    public ExchangeRate paymentRate(String currency, LocalDate valueDate) {
        Object found = paymentRates.computeIfAbsent(currency + "|" + valueDate, key -> {
            try {
                return rates.paymentRate(currency, valueDate);
            } catch (DomainException noRate) {
                return noRate;
            }
        });
        if (found instanceof DomainException noRate) {
            throw noRate;
        }
        return (ExchangeRate) found;
    }

    @Override
    public Optional<ExchangeRate> publishedRate(String currency, LocalDate day) {
        return published.computeIfAbsent(currency + "|" + day, key -> rates.publishedRate(currency, day));
    }
}
