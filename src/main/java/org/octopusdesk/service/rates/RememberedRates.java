package org.octopusdesk.service.rates;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.money.Conversion;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;

/**
 * The rates of one import, read once a currency: a file of 30,000 payments has as many distinct currency-days, and
 * a look-up in the database each (a query in a nested transaction) cost about half a millisecond; the whole ECB
 * history of a currency is a few thousand rows. The rules are {@link RatesService#paymentRate}'s, applied to the
 * rates in memory. Only for the length of one import, which holds its transaction: the rates cannot change meanwhile.
 */
final class RememberedRates implements RateLookup {

    private final RatesService rates;
    private final Map<String, Published> byCurrency = new HashMap<>();

    RememberedRates(RatesService rates) {
        this.rates = rates;
    }

    /** A currency's ECB and manual rates by day. */
    private record Published(NavigableMap<LocalDate, ExchangeRate> ecb, NavigableMap<LocalDate, ExchangeRate> manual) {
    }

    @Override
    public ExchangeRate paymentRate(String currency, LocalDate valueDate) {
        String code = rates.currencies().require(currency).code();
        Published published = published(code);
        try {
            return Conversion.applicableRate(code, valueDate, latest(published.ecb(), valueDate));
        } catch (DomainException noEcbRate) {
            return latest(published.manual(), valueDate)
                    .filter(rate -> !rate.date().isBefore(valueDate.minusDays(Conversion.MAX_DAYS_BACK)))
                    .orElseThrow(() -> noEcbRate);
        }
    }

    @Override
    public Optional<ExchangeRate> publishedRate(String currency, LocalDate day) {
        return Optional.ofNullable(published(rates.currencies().require(currency).code()).ecb().get(day));
    }

    private Published published(String code) {
        return byCurrency.computeIfAbsent(code, key -> {
            Published found = new Published(new TreeMap<>(), new TreeMap<>());
            for (ExchangeRate rate : rates.history(key)) {
                if (rate.source() == RateSource.ECB) {
                    found.ecb().put(rate.date(), rate);
                } else if (rate.source() == RateSource.MANUAL) {
                    found.manual().put(rate.date(), rate);
                }
            }
            return found;
        });
    }

    private static Optional<ExchangeRate> latest(NavigableMap<LocalDate, ExchangeRate> rates, LocalDate date) {
        return Optional.ofNullable(rates.floorEntry(date)).map(Entry::getValue);
    }
}
