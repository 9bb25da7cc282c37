package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.EXPENDITURE;
import static org.octopusdesk.persistence.generated.Tables.PROJECT;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.domain.spending.ExpenditureId;
import org.octopusdesk.service.rates.CurrencyCatalog;
import org.octopusdesk.service.spending.ExpenditureQuery;
import org.octopusdesk.service.spending.ExpenditureRepository;

/** Expenditure lines in H2 through jOOQ, each with its conversion as made when it was entered. */
public final class JooqExpenditureRepository implements ExpenditureRepository {

    /** Stored in {@code expenditure.rate_source} for an amount in euros, which needs no rate. */
    private static final String EURO = "EURO";

    private final DSLContext dsl;
    private final CurrencyCatalog currencies;

    JooqExpenditureRepository(DSLContext dsl, CurrencyCatalog currencies) {
        this.dsl = dsl;
        this.currencies = currencies;
    }

    @Override
    public Expenditure insert(Expenditure expenditure, Instant now) {
        long id = dsl.insertInto(EXPENDITURE)
                .set(EXPENDITURE.PROJECT_ID, expenditure.projectId().value())
                .set(values(expenditure))
                .set(EXPENDITURE.VERSION, 0)
                .set(EXPENDITURE.CREATED_AT, Timestamps.utc(now))
                .set(EXPENDITURE.UPDATED_AT, Timestamps.utc(now))
                .returningResult(EXPENDITURE.ID)
                .fetchOne(EXPENDITURE.ID);
        return findById(new ExpenditureId(id)).orElseThrow();
    }

    /** Rows per multi-row insert: 14 columns, well under H2's 65,535 parameters a statement. */
    private static final int CHUNK = 1_000;

    @Override
    public void insertAll(List<Expenditure> expenditures, Instant now, java.util.function.IntConsumer written) {
        var at = Timestamps.utc(now);
        for (int from = 0; from < expenditures.size(); from += CHUNK) {
            List<Expenditure> chunk = expenditures.subList(from, Math.min(from + CHUNK, expenditures.size()));
            List<Field<?>> columns = new ArrayList<>(values(chunk.get(0)).keySet());
            columns.addAll(List.of(EXPENDITURE.PROJECT_ID, EXPENDITURE.VERSION, EXPENDITURE.CREATED_AT,
                    EXPENDITURE.UPDATED_AT));
            org.jooq.InsertValuesStepN<?> insert = dsl.insertInto(EXPENDITURE, columns);
            for (Expenditure expenditure : chunk) {
                List<Object> row = new ArrayList<>(values(expenditure).values());
                row.addAll(List.of(expenditure.projectId().value(), 0, at, at));
                insert = insert.values(row);
            }
            insert.execute();
            written.accept(from + chunk.size());
        }
    }

    @Override
    public Optional<Expenditure> findById(ExpenditureId id) {
        return select(EXPENDITURE.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public boolean update(Expenditure expenditure, int expectedVersion, Instant now) {
        return dsl.update(EXPENDITURE)
                .set(EXPENDITURE.PROJECT_ID, expenditure.projectId().value())
                .set(values(expenditure))
                .set(EXPENDITURE.VERSION, EXPENDITURE.VERSION.plus(1))
                .set(EXPENDITURE.UPDATED_AT, Timestamps.utc(now))
                .where(EXPENDITURE.ID.eq(expenditure.id().value()).and(EXPENDITURE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** The columns insert and update both write, read from one list so that the two cannot drift apart. */
    private static Map<Field<?>, Object> values(Expenditure expenditure) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(EXPENDITURE.SPENT_ON, expenditure.spentOn());
        values.put(EXPENDITURE.CATEGORY, expenditure.category().name());
        values.put(EXPENDITURE.DESCRIPTION, expenditure.description());
        values.put(EXPENDITURE.AMOUNT, expenditure.amount().amount());
        values.put(EXPENDITURE.CURRENCY, expenditure.amount().currency());
        values.put(EXPENDITURE.RATE, expenditure.rate().map(ExchangeRate::unitsPerEuro).orElse(null));
        values.put(EXPENDITURE.RATE_DATE, expenditure.rate().map(ExchangeRate::date).orElse(null));
        values.put(EXPENDITURE.RATE_SOURCE, expenditure.rate().map(rate -> rate.source().name()).orElse(EURO));
        values.put(EXPENDITURE.EUR_AMOUNT, expenditure.euros().amount());
        return values;
    }

    @Override
    public boolean delete(ExpenditureId id, int expectedVersion) {
        return dsl.deleteFrom(EXPENDITURE)
                .where(EXPENDITURE.ID.eq(id.value()).and(EXPENDITURE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    @Override
    public List<Expenditure> find(ExpenditureQuery query) {
        List<Condition> conditions = new ArrayList<>();
        if (query.project() != null) {
            conditions.add(EXPENDITURE.PROJECT_ID.eq(query.project().value()));
        }
        if (query.category() != null) {
            conditions.add(EXPENDITURE.CATEGORY.eq(query.category().name()));
        }
        if (query.from() != null) {
            conditions.add(EXPENDITURE.SPENT_ON.ge(query.from()));
        }
        if (query.to() != null) {
            conditions.add(EXPENDITURE.SPENT_ON.le(query.to()));
        }
        return select(DSL.and(conditions));
    }

    @Override
    public BigDecimal euros(ProjectId project, LocalDate after, LocalDate upTo) {
        Condition period = EXPENDITURE.PROJECT_ID.eq(project.value()).and(EXPENDITURE.SPENT_ON.le(upTo));
        if (after != null) {
            period = period.and(EXPENDITURE.SPENT_ON.gt(after));
        }
        BigDecimal sum = dsl.select(DSL.sum(EXPENDITURE.EUR_AMOUNT)).from(EXPENDITURE).where(period)
                .fetchOne(0, BigDecimal.class);
        return (sum == null ? BigDecimal.ZERO : sum).setScale(2);
    }

    @Override
    public List<Integer> years(ProjectId project) {
        Field<Integer> year = DSL.year(EXPENDITURE.SPENT_ON);
        return dsl.selectDistinct(year).from(EXPENDITURE).where(EXPENDITURE.PROJECT_ID.eq(project.value()))
                .orderBy(year.desc()).fetch(year);
    }

    /** The lines that meet {@code condition}, oldest first; also read as the actual costs of budget lines. */
    List<Expenditure> select(Condition condition) {
        return dsl.select(EXPENDITURE.fields()).select(PROJECT.CODE)
                .from(EXPENDITURE).join(PROJECT).on(PROJECT.ID.eq(EXPENDITURE.PROJECT_ID))
                .where(condition)
                .orderBy(EXPENDITURE.SPENT_ON, EXPENDITURE.ID)
                .fetch(this::toExpenditure);
    }

    private Expenditure toExpenditure(Record row) {
        String currency = row.get(EXPENDITURE.CURRENCY);
        String source = row.get(EXPENDITURE.RATE_SOURCE);
        Optional<ExchangeRate> rate = EURO.equals(source) ? Optional.empty()
                : Optional.of(new ExchangeRate(currency, row.get(EXPENDITURE.RATE_DATE),
                        asPublished(row.get(EXPENDITURE.RATE)), RateSource.valueOf(source), ""));
        return new Expenditure(new ExpenditureId(row.get(EXPENDITURE.ID)),
                new ProjectId(row.get(EXPENDITURE.PROJECT_ID)), row.get(PROJECT.CODE), row.get(EXPENDITURE.SPENT_ON),
                ExpenditureCategory.valueOf(row.get(EXPENDITURE.CATEGORY)), row.get(EXPENDITURE.DESCRIPTION),
                money(row.get(EXPENDITURE.AMOUNT), currency), rate, Money.euros(row.get(EXPENDITURE.EUR_AMOUNT)),
                row.get(EXPENDITURE.VERSION));
    }

    /** A rate as it was published or implied (1.5523), without the storage's padding (1.55230000). */
    private static BigDecimal asPublished(BigDecimal stored) {
        BigDecimal rate = stored.stripTrailingZeros();
        return rate.scale() < 0 ? rate.setScale(0) : rate;
    }

    /** Amounts are stored with four decimals; they come back at their currency's minor unit. */
    private Money money(BigDecimal stored, String currency) {
        BigDecimal amount = stored.stripTrailingZeros();
        return Money.of(amount.scale() < 0 ? amount.setScale(0) : amount, currencies.stored(currency));
    }
}
