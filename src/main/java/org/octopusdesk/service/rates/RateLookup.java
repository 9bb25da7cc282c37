package org.octopusdesk.service.rates;

import java.time.LocalDate;
import java.util.Optional;
import org.octopusdesk.domain.money.ExchangeRate;

/** Where a conversion finds its rates: the database each time, or {@link RememberedRates} during an import. */
interface RateLookup {

    /** See {@link RatesService#paymentRate}. */
    ExchangeRate paymentRate(String currency, LocalDate valueDate);

    /** See {@link RatesService#publishedRate}. */
    Optional<ExchangeRate> publishedRate(String currency, LocalDate day);

    static RateLookup direct(RatesService rates) {
        return new RateLookup() {
            @Override
            public ExchangeRate paymentRate(String currency, LocalDate valueDate) {
                return rates.paymentRate(currency, valueDate);
            }

            @Override
            public Optional<ExchangeRate> publishedRate(String currency, LocalDate day) {
                return rates.publishedRate(currency, day);
            }
        };
    }
}
