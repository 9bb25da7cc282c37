package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.EXCHANGE_RATE;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.persistence.generated.tables.records.ExchangeRateRecord;
import org.octopusdesk.service.rates.ExchangeRateRepository;

/** Exchange rates in H2. Rates come back exactly as stored: trailing zeros of the column scale are dropped. */
public final class JooqExchangeRateRepository implements ExchangeRateRepository {

    private static final int BATCH = 2_000;

    private final DSLContext dsl;

    JooqExchangeRateRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<ExchangeRate> findAll(RateSource source) {
        return dsl.selectFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.SOURCE.eq(source.name()))
                .fetch(JooqExchangeRateRepository::toRate);
    }

    @Override
    public Optional<ExchangeRate> find(String currency, LocalDate date, RateSource source) {
        return dsl.selectFrom(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.CURRENCY.eq(currency), EXCHANGE_RATE.SOURCE.eq(source.name()),
                        EXCHANGE_RATE.RATE_DATE.eq(date))
                .fetchOptional(JooqExchangeRateRepository::toRate);
    }

    /**
     * Ordered by every column of the primary key, all descending, H2 walks that index backwards from the date and
     * stops at the first row ("index sorted"); ordered by the date alone it read every earlier rate of the currency
     * and sorted them: 60-220 ms a currency once the last publication was more than a few days old, three seconds
     * for the dashboard's estimates of 40 currencies (decision 0031).
     */
    @Override
    public Optional<ExchangeRate> latestOnOrBefore(String currency, LocalDate date, RateSource source) {
        return dsl.selectFrom(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.CURRENCY.eq(currency), EXCHANGE_RATE.SOURCE.eq(source.name()),
                        EXCHANGE_RATE.RATE_DATE.le(date))
                .orderBy(EXCHANGE_RATE.CURRENCY.desc(), EXCHANGE_RATE.SOURCE.desc(), EXCHANGE_RATE.RATE_DATE.desc())
                .limit(1)
                .fetchOptional(JooqExchangeRateRepository::toRate);
    }

    @Override
    public List<ExchangeRate> history(String currency) {
        return dsl.selectFrom(EXCHANGE_RATE).where(EXCHANGE_RATE.CURRENCY.eq(currency))
                .orderBy(EXCHANGE_RATE.RATE_DATE, EXCHANGE_RATE.SOURCE)
                .fetch(JooqExchangeRateRepository::toRate);
    }

    @Override
    public List<String> currencies() {
        return dsl.selectDistinct(EXCHANGE_RATE.CURRENCY).from(EXCHANGE_RATE).orderBy(EXCHANGE_RATE.CURRENCY)
                .fetch(EXCHANGE_RATE.CURRENCY);
    }

    @Override
    public long count() {
        return dsl.fetchCount(EXCHANGE_RATE);
    }

    @Override
    public Optional<LocalDate> newestDate(RateSource source) {
        return Optional.ofNullable(dsl.select(org.jooq.impl.DSL.max(EXCHANGE_RATE.RATE_DATE)).from(EXCHANGE_RATE)
                .where(EXCHANGE_RATE.SOURCE.eq(source.name())).fetchOne(0, LocalDate.class));
    }

    /**
     * Plain JDBC batches on the transaction's connection: the full ECB history is over 200,000 rows, and jOOQ's
     * batch binding took about four times as long.
     */
    @Override
    public void insert(List<ExchangeRate> rates, Instant now, java.util.function.DoubleConsumer progress) {
        OffsetDateTime recordedAt = Timestamps.utc(now);
        String sql = "INSERT INTO EXCHANGE_RATE (CURRENCY, SOURCE, RATE_DATE, UNITS_PER_EURO, NOTE, RECORDED_AT)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        dsl.connection(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int pending = 0;
                int done = 0;
                for (ExchangeRate rate : inKeyOrder(rates)) {
                    insert.setString(1, rate.currency());
                    insert.setString(2, rate.source().name());
                    insert.setObject(3, rate.date());
                    insert.setBigDecimal(4, rate.unitsPerEuro());
                    insert.setString(5, rate.note());
                    insert.setObject(6, recordedAt);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        done += pending;
                        pending = 0;
                        progress.accept((double) done / rates.size());
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /**
     * The rates in the order of the table's key (currency, source, date). A file lists them a day at a time, every
     * currency in each; inserted in that order, each row lands in a different part of the key's tree, and the
     * engine rewrites those parts again and again. In key order each row goes after the one before.
     */
    private static List<ExchangeRate> inKeyOrder(List<ExchangeRate> rates) {
        List<ExchangeRate> sorted = new java.util.ArrayList<>(rates);
        sorted.sort(java.util.Comparator.comparing(ExchangeRate::currency)
                .thenComparing(rate -> rate.source().name()).thenComparing(ExchangeRate::date));
        return sorted;
    }

    private static ExchangeRate toRate(ExchangeRateRecord record) {
        java.math.BigDecimal rate = record.getUnitsPerEuro().stripTrailingZeros();
        return new ExchangeRate(record.getCurrency(), record.getRateDate(),
                rate.scale() < 0 ? rate.setScale(0) : rate, RateSource.valueOf(record.getSource()), record.getNote());
    }
}
