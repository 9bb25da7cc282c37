package org.octopusdesk.service.rates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;

/** Where exchange rates are kept. Callers hold the transaction. */
public interface ExchangeRateRepository {

    /** Every stored rate of one source, for comparing a file against what is there. */
    List<ExchangeRate> findAll(RateSource source);

    Optional<ExchangeRate> find(String currency, LocalDate date, RateSource source);

    /** The latest rate of the source dated on or before {@code date}. */
    Optional<ExchangeRate> latestOnOrBefore(String currency, LocalDate date, RateSource source);

    /** Every rate of a currency, all sources, oldest first. */
    List<ExchangeRate> history(String currency);

    /** The currencies that have at least one rate, in alphabetical order. */
    List<String> currencies();

    long count();

    /** The newest day that has a rate of the source, any currency: how far the stored publications reach. */
    Optional<LocalDate> newestDate(RateSource source);

    /**
     * Inserts rates that are not stored yet (the caller has checked), in batches.
     *
     * @param progress told the share of the rates inserted so far, from 0 to 1
     */
    void insert(List<ExchangeRate> rates, Instant now, java.util.function.DoubleConsumer progress);
}
