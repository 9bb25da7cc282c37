package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.BUDGET_ACTUAL;
import static org.octopusdesk.persistence.generated.Tables.CONFERENCE_BUDGET_LINE;
import static org.octopusdesk.persistence.generated.Tables.EXPENDITURE;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.octopusdesk.domain.conference.BudgetCategory;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.BudgetLineId;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureId;
import org.octopusdesk.persistence.generated.tables.records.ConferenceBudgetLineRecord;
import org.octopusdesk.service.conferences.BudgetRepository;
import org.octopusdesk.service.rates.CurrencyCatalog;

/** The editions' budget lines in H2 through jOOQ; their actual costs are read from the expenditure lines. */
public final class JooqBudgetRepository implements BudgetRepository {

    /** Stored in {@code planned_rate_source} for a plan in euros, which needs no rate. */
    private static final String EURO = "EURO";

    private final DSLContext dsl;
    private final CurrencyCatalog currencies;
    private final JooqExpenditureRepository expenditures;

    JooqBudgetRepository(DSLContext dsl, CurrencyCatalog currencies) {
        this.dsl = dsl;
        this.currencies = currencies;
        this.expenditures = new JooqExpenditureRepository(dsl, currencies);
    }

    @Override
    public List<BudgetLine> findByConference(ConferenceId conference) {
        return find(CONFERENCE_BUDGET_LINE.CONFERENCE_ID.eq(conference.value()));
    }

    @Override
    public Optional<BudgetLine> findById(BudgetLineId id) {
        return find(CONFERENCE_BUDGET_LINE.ID.eq(id.value())).stream().findFirst();
    }

    private List<BudgetLine> find(Condition condition) {
        List<ConferenceBudgetLineRecord> rows = dsl.selectFrom(CONFERENCE_BUDGET_LINE).where(condition).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ConferenceBudgetLineRecord::getId).toList();
        Map<Long, Long> lineOfExpenditure = new HashMap<>();
        dsl.selectFrom(BUDGET_ACTUAL).where(BUDGET_ACTUAL.BUDGET_LINE_ID.in(ids))
                .forEach(link -> lineOfExpenditure.put(link.getExpenditureId(), link.getBudgetLineId()));
        Map<Long, List<Expenditure>> actuals = new HashMap<>();
        if (!lineOfExpenditure.isEmpty()) {
            for (Expenditure actual : expenditures.select(EXPENDITURE.ID.in(lineOfExpenditure.keySet()))) {
                Long line = lineOfExpenditure.get(actual.id().value());
                actuals.computeIfAbsent(line, ignored -> new ArrayList<>()).add(actual);
            }
        }
        return rows.stream()
                .sorted(Comparator.comparing((ConferenceBudgetLineRecord row) ->
                        BudgetCategory.valueOf(row.getCategory())).thenComparing(ConferenceBudgetLineRecord::getId))
                .map(row -> toLine(row, actuals.getOrDefault(row.getId(), List.of()))).toList();
    }

    @Override
    public BudgetLine insert(BudgetLine line, Instant now) {
        ConferenceBudgetLineRecord record = dsl.newRecord(CONFERENCE_BUDGET_LINE);
        record.setConferenceId(line.conference().value());
        write(record, line);
        record.setVersion(0);
        record.setCreatedAt(Timestamps.utc(now));
        record.setUpdatedAt(Timestamps.utc(now));
        record.store();
        return findById(new BudgetLineId(record.getId())).orElseThrow();
    }

    @Override
    public boolean update(BudgetLine line, int expectedVersion, Instant now) {
        ConferenceBudgetLineRecord record = dsl.newRecord(CONFERENCE_BUDGET_LINE);
        write(record, line);
        record.setUpdatedAt(Timestamps.utc(now));
        return dsl.update(CONFERENCE_BUDGET_LINE).set(record)
                .set(CONFERENCE_BUDGET_LINE.VERSION, CONFERENCE_BUDGET_LINE.VERSION.plus(1))
                .where(CONFERENCE_BUDGET_LINE.ID.eq(line.id().value())
                        .and(CONFERENCE_BUDGET_LINE.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    /** The one column list of a plan, for insert and update alike. */
    private static void write(ConferenceBudgetLineRecord record, BudgetLine line) {
        record.setCategory(line.category().name());
        record.setDescription(line.description());
        record.setPlannedAmount(line.planned().amount());
        record.setPlannedCurrency(line.planned().currency());
        record.setPlannedOn(line.plannedOn());
        record.setPlannedRate(line.plannedRate().map(ExchangeRate::unitsPerEuro).orElse(null));
        record.setPlannedRateDate(line.plannedRate().map(ExchangeRate::date).orElse(null));
        record.setPlannedRateSource(line.plannedRate().map(rate -> rate.source().name()).orElse(EURO));
        record.setPlannedEur(line.plannedEuros().amount());
    }

    @Override
    public boolean delete(BudgetLineId id, int expectedVersion) {
        return dsl.deleteFrom(CONFERENCE_BUDGET_LINE).where(CONFERENCE_BUDGET_LINE.ID.eq(id.value())
                .and(CONFERENCE_BUDGET_LINE.VERSION.eq(expectedVersion))).execute() == 1;
    }

    @Override
    public void linkActual(BudgetLineId line, ExpenditureId expenditure) {
        dsl.insertInto(BUDGET_ACTUAL).set(BUDGET_ACTUAL.BUDGET_LINE_ID, line.value())
                .set(BUDGET_ACTUAL.EXPENDITURE_ID, expenditure.value()).execute();
    }

    @Override
    public int countByConference(ConferenceId conference) {
        return dsl.fetchCount(CONFERENCE_BUDGET_LINE, CONFERENCE_BUDGET_LINE.CONFERENCE_ID.eq(conference.value()));
    }

    private BudgetLine toLine(ConferenceBudgetLineRecord row, List<Expenditure> actuals) {
        String currency = row.getPlannedCurrency();
        String source = row.getPlannedRateSource();
        Optional<ExchangeRate> rate = EURO.equals(source) ? Optional.empty()
                : Optional.of(new ExchangeRate(currency, row.getPlannedRateDate(),
                        asPublished(row.getPlannedRate()), RateSource.valueOf(source), ""));
        return new BudgetLine(new BudgetLineId(row.getId()), new ConferenceId(row.getConferenceId()),
                BudgetCategory.valueOf(row.getCategory()), row.getDescription(),
                money(row.getPlannedAmount(), currency), row.getPlannedOn(), rate,
                Money.euros(row.getPlannedEur()), actuals, row.getVersion());
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
