package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;
import static org.octopusdesk.persistence.generated.Tables.DONOR;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionId;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentId;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.persistence.generated.tables.records.PaymentRecord;
import org.octopusdesk.service.contributions.ContributionDetails;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionRepository;
import org.octopusdesk.service.contributions.CurrencyTotals;
import org.octopusdesk.service.contributions.EarmarkEdition;
import org.octopusdesk.service.contributions.EditionEarmark;
import org.octopusdesk.service.contributions.ImportedContributions;
import org.octopusdesk.service.contributions.OutstandingPledge;
import org.octopusdesk.service.contributions.PageRead;
import org.octopusdesk.service.contributions.Receipts;
import org.octopusdesk.service.rates.CurrencyCatalog;

/**
 * Contributions in H2 through jOOQ. Lists are filtered, sorted and paged by the database; a page reads its rows
 * and then the allocations of just those rows.
 */
public final class JooqContributionRepository implements ContributionRepository {

    /** Stored in {@code payment.rate_source} for a payment made in euros, which needs no rate. */
    private static final String EURO_PAYMENT = "EURO";
    private static final int EXPORT_CHUNK = 500;
    private static final List<String> OPEN = List.of(ContributionStatus.PLEDGED.name(),
            ContributionStatus.PARTLY_RECEIVED.name());

    private final DSLContext dsl;
    private final CurrencyCatalog currencies;
    private final ReceiptSummary summary;
    private final PaymentParts parts;
    private final OutstandingLedger ledger;
    private final AllocationRows allocationRows;

    JooqContributionRepository(DSLContext dsl, CurrencyCatalog currencies) {
        this.dsl = dsl;
        this.currencies = currencies;
        this.summary = new ReceiptSummary(dsl);
        this.parts = new PaymentParts(dsl);
        this.ledger = new OutstandingLedger(dsl);
        this.allocationRows = new AllocationRows(dsl);
    }

    @Override
    public Contribution insert(ContributionDraft draft, Instant now) {
        long id = dsl.insertInto(CONTRIBUTION)
                .set(CONTRIBUTION.REFERENCE, draft.reference())
                .set(CONTRIBUTION.DONOR_ID, draft.donorId().value())
                .set(CONTRIBUTION.DONOR_NAME, donorName(draft.donorId()))
                .set(CONTRIBUTION.AGREEMENT_DATE, draft.agreementDate())
                .set(CONTRIBUTION.AMOUNT, draft.amount())
                .set(CONTRIBUTION.CURRENCY, draft.currency())
                .set(CONTRIBUTION.INTERMEDIARY, draft.intermediary())
                .set(CONTRIBUTION.NOTES, draft.notes())
                .set(CONTRIBUTION.STATUS, ContributionStatus.PLEDGED.name())
                .set(CONTRIBUTION.VERSION, 0)
                .set(CONTRIBUTION.CREATED_AT, Timestamps.utc(now))
                .set(CONTRIBUTION.UPDATED_AT, Timestamps.utc(now))
                .returningResult(CONTRIBUTION.ID)
                .fetchOne(CONTRIBUTION.ID);
        allocationRows.replace(id, draft);
        ledger.add(id);
        return findById(new ContributionId(id)).orElseThrow();
    }

    /** The donor's name as the pledge keeps it, the list's sort key by donor (decision 0037). */
    private Field<String> donorName(DonorId donor) {
        return DSL.field(DSL.select(DONOR.NAME).from(DONOR).where(DONOR.ID.eq(donor.value())));
    }

    @Override
    public Optional<Contribution> findById(ContributionId id) {
        return findOne(CONTRIBUTION.ID.eq(id.value()));
    }

    @Override
    public Optional<Contribution> findByReferenceIgnoreCase(String reference) {
        return findOne(DSL.upper(CONTRIBUTION.REFERENCE).eq(DSL.upper(DSL.val(reference))));
    }

    @Override
    public java.util.Set<String> referenceKeys() {
        return new java.util.HashSet<>(dsl.select(DSL.lower(CONTRIBUTION.REFERENCE)).from(CONTRIBUTION)
                .fetch(0, String.class));
    }

    @Override
    public void insertImported(ImportedContributions records, Instant now, java.util.function.IntConsumer written) {
        new ImportedContributionsWriter(dsl, parts, summary, ledger).write(records, now, written);
    }

    private Optional<Contribution> findOne(Condition condition) {
        return withAllocations(dsl.select(CONTRIBUTION.fields()).from(CONTRIBUTION).where(condition).fetch())
                .stream().findFirst();
    }

    @Override
    public boolean update(ContributionId id, int expectedVersion, ContributionDraft draft, ContributionStatus status,
            Instant now) {
        // The donor and the earmarks may change: the receipts move with them in the summary.
        summary.withdraw(id.value());
        ledger.withdraw(id.value());
        int rows = dsl.update(CONTRIBUTION)
                .set(CONTRIBUTION.REFERENCE, draft.reference())
                .set(CONTRIBUTION.DONOR_ID, draft.donorId().value())
                .set(CONTRIBUTION.DONOR_NAME, donorName(draft.donorId()))
                .set(CONTRIBUTION.AGREEMENT_DATE, draft.agreementDate())
                .set(CONTRIBUTION.AMOUNT, draft.amount())
                .set(CONTRIBUTION.CURRENCY, draft.currency())
                .set(CONTRIBUTION.INTERMEDIARY, draft.intermediary())
                .set(CONTRIBUTION.NOTES, draft.notes())
                .set(CONTRIBUTION.STATUS, status.name())
                .set(CONTRIBUTION.VERSION, CONTRIBUTION.VERSION.plus(1))
                .set(CONTRIBUTION.UPDATED_AT, Timestamps.utc(now))
                .where(CONTRIBUTION.ID.eq(id.value()).and(CONTRIBUTION.VERSION.eq(expectedVersion)))
                .execute();
        if (rows == 1) {
            allocationRows.replace(id.value(), draft);
            parts.rewrite(id.value());
        }
        summary.add(id.value());
        ledger.add(id.value());
        return rows == 1;
    }

    @Override
    public boolean cancel(ContributionId id, int expectedVersion, LocalDate on, String reason, Instant now) {
        ledger.withdraw(id.value());
        boolean cancelled = dsl.update(CONTRIBUTION)
                .set(CONTRIBUTION.CANCELLED_ON, on)
                .set(CONTRIBUTION.CANCEL_REASON, reason)
                .set(CONTRIBUTION.STATUS, ContributionStatus.CANCELLED.name())
                .set(CONTRIBUTION.VERSION, CONTRIBUTION.VERSION.plus(1))
                .set(CONTRIBUTION.UPDATED_AT, Timestamps.utc(now))
                .where(CONTRIBUTION.ID.eq(id.value()).and(CONTRIBUTION.VERSION.eq(expectedVersion)))
                .execute() == 1;
        ledger.add(id.value());
        return cancelled;
    }

    @Override
    public boolean delete(ContributionId id, int expectedVersion) {
        ledger.withdraw(id.value());
        boolean deleted = dsl.deleteFrom(CONTRIBUTION)
                .where(CONTRIBUTION.ID.eq(id.value()).and(CONTRIBUTION.VERSION.eq(expectedVersion)))
                .execute() == 1;
        if (!deleted) {
            ledger.add(id.value());
        }
        return deleted;
    }

    @Override
    public List<Payment> payments(ContributionId id) {
        return dsl.selectFrom(PAYMENT).where(PAYMENT.CONTRIBUTION_ID.eq(id.value()))
                .orderBy(PAYMENT.VALUE_DATE, PAYMENT.ID)
                .fetch(this::toPayment);
    }

    @Override
    public Payment insertPayment(ContributionId id, Payment payment, Instant now) {
        PaymentRecord record = dsl.newRecord(PAYMENT);
        record.setContributionId(id.value());
        record.setValueDate(payment.valueDate());
        record.setAmount(payment.amount().amount());
        record.setCurrency(payment.amount().currency());
        payment.rate().ifPresentOrElse(rate -> {
            record.setRate(rate.unitsPerEuro());
            record.setRateDate(rate.date());
            record.setRateSource(rate.source().name());
        }, () -> record.setRateSource(EURO_PAYMENT));
        record.setEurAmount(payment.euros().amount());
        record.setNote(payment.note());
        record.setConfirmedWarnings(PaymentWarning.format(payment.confirmedWarnings()));
        record.setCreatedAt(Timestamps.utc(now));
        ledger.withdraw(id.value());
        record.store();
        ledger.add(id.value());
        parts.write(record.getId(), id.value(), record.getEurAmount());
        summary.addPayment(record.getId());
        return toPayment(record);
    }

    @Override
    public void deletePayment(ContributionId id, PaymentId payment) {
        PaymentRecord record = dsl.selectFrom(PAYMENT)
                .where(PAYMENT.ID.eq(payment.value()).and(PAYMENT.CONTRIBUTION_ID.eq(id.value()))).fetchOne();
        if (record != null) {
            summary.withdrawPayment(record.getId());
            ledger.withdraw(id.value());
            // Its parts go with it (ON DELETE CASCADE).
            record.delete();
            ledger.add(id.value());
        }
    }

    @Override
    public boolean updateReceived(ContributionId id, int expectedVersion, Money paid, Money receivedEuros,
            int payments, ContributionStatus status, Instant now) {
        return dsl.update(CONTRIBUTION)
                .set(CONTRIBUTION.PAID_AMOUNT, paid.amount())
                .set(CONTRIBUTION.RECEIVED_EUR, receivedEuros.amount())
                .set(CONTRIBUTION.PAYMENT_COUNT, payments)
                .set(CONTRIBUTION.STATUS, status.name())
                .set(CONTRIBUTION.VERSION, CONTRIBUTION.VERSION.plus(1))
                .set(CONTRIBUTION.UPDATED_AT, Timestamps.utc(now))
                .where(CONTRIBUTION.ID.eq(id.value()).and(CONTRIBUTION.VERSION.eq(expectedVersion)))
                .execute() == 1;
    }

    @Override
    public List<Contribution> page(ContributionQuery query, PageRead read) {
        // The page's ids first, from the index that orders them, which holds the id: the rows skipped are index
        // entries, not rows, and a boundary row starts the index range at its place (decisions 0032, 0037). Then
        // only the page's rows are read whole.
        boolean ascending = query.ascending() != read.fromEnd();
        Condition where = ContributionListOrder.conditions(query);
        List<Long> ids;
        if (read.boundary() == null) {
            ids = pageIds(query, where, ascending, read.skip(), read.limit());
        } else {
            ids = pageIds(query, where.and(ContributionListOrder.tied(query.sort(), ascending, read.boundary())),
                    ascending, 0, read.limit());
            if (ids.size() < read.limit()) {
                ids.addAll(pageIds(query, where.and(ContributionListOrder.beyond(query.sort(), ascending,
                        read.boundary())), ascending, 0, read.limit() - ids.size()));
            }
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        if (read.fromEnd()) {
            Collections.reverse(ids);
        }
        Map<Long, Record> rows = dsl.select(CONTRIBUTION.fields()).from(CONTRIBUTION).where(CONTRIBUTION.ID.in(ids))
                .fetchMap(CONTRIBUTION.ID);
        return withAllocations(ids.stream().map(rows::get).toList());
    }

    private List<Long> pageIds(ContributionQuery query, Condition where, boolean ascending, int skip, int limit) {
        if (ContributionListOrder.fewMatches(query) && query.sort() != ContributionQuery.Sort.AGREEMENT_DATE) {
            return matchesSorted(query, where, ascending, skip, limit);
        }
        return new ArrayList<>(dsl.select(CONTRIBUTION.ID).from(ContributionListOrder.joined(query)).where(where)
                .orderBy(ContributionListOrder.order(query, ascending)).offset(skip).limit(limit)
                .fetch(CONTRIBUTION.ID));
    }

    /**
     * The page's ids from the matches of a filter that matches few pledges, read first and then sorted: in a
     * derived table, H2 chooses their index by the filter alone instead of walking the index of the order (whose
     * entries it tests one by one), and PostgreSQL plans it as the plain query (decision 0037).
     */
    private List<Long> matchesSorted(ContributionQuery query, Condition where, boolean ascending, int skip,
            int limit) {
        Field<?> column = ContributionListOrder.sortColumn(query.sort());
        Table<?> matches = dsl.select(CONTRIBUTION.ID, column).from(ContributionListOrder.joined(query)).where(where)
                .asTable("matches");
        Field<Long> id = matches.field(CONTRIBUTION.ID);
        Field<?> sorted = matches.field(column);
        return new ArrayList<>(dsl.select(id).from(matches)
                .orderBy(ascending ? sorted.asc() : sorted.desc(), ascending ? id.asc() : id.desc())
                .offset(skip).limit(limit).fetch(id));
    }

    @Override
    public long count(ContributionQuery query) {
        // A plain count: wrapped in a derived table (jOOQ's fetchCount) H2 reads every row instead of its row count.
        return dsl.selectCount().from(ContributionListOrder.joined(query))
                .where(ContributionListOrder.conditions(query)).fetchOne(0, Long.class);
    }

    @Override
    public void forEach(ContributionQuery query, Consumer<ContributionDetails> each) {
        try (Cursor<Record> cursor = dsl.select(CONTRIBUTION.fields()).from(ContributionListOrder.joined(query))
                .where(ContributionListOrder.conditions(query)).orderBy(ContributionListOrder.order(query))
                .fetchSize(EXPORT_CHUNK).fetchLazy()) {
            while (cursor.hasNext()) {
                List<Contribution> chunk = withAllocations(cursor.fetchNext(EXPORT_CHUNK));
                Map<Long, List<Payment>> payments = dsl.selectFrom(PAYMENT)
                        .where(PAYMENT.CONTRIBUTION_ID.in(chunk.stream().map(c -> c.id().value()).toList()))
                        .orderBy(PAYMENT.VALUE_DATE, PAYMENT.ID)
                        .fetchGroups(PAYMENT.CONTRIBUTION_ID, this::toPayment);
                chunk.forEach(contribution -> each.accept(new ContributionDetails(contribution,
                        payments.getOrDefault(contribution.id().value(), List.of()))));
            }
        }
    }

    @Override
    public List<String> currencies() {
        return dsl.selectDistinct(CONTRIBUTION.CURRENCY).from(CONTRIBUTION).orderBy(CONTRIBUTION.CURRENCY)
                .fetch(CONTRIBUTION.CURRENCY);
    }

    @Override
    public List<Integer> years() {
        // Each year's first agreement, sought in the dates' index, from the earliest on: about twenty seeks for the
        // bench's data, 4-23 ms. A DISTINCT over YEAR(agreement_date) cannot use the index and read all 210,000
        // contributions, 350-1,100 ms, each time the contributions' area was shown (decision 0051).
        List<Integer> years = new ArrayList<>();
        Optional<LocalDate> first = firstAgreementFrom(ContributionDraft.EARLIEST.withDayOfYear(1));
        while (first.isPresent()) {
            int year = first.get().getYear();
            years.add(0, year);
            first = firstAgreementFrom(LocalDate.of(year + 1, 1, 1));
        }
        return years;
    }

    private Optional<LocalDate> firstAgreementFrom(LocalDate day) {
        return dsl.select(CONTRIBUTION.AGREEMENT_DATE).from(CONTRIBUTION).where(CONTRIBUTION.AGREEMENT_DATE.ge(day))
                .orderBy(CONTRIBUTION.AGREEMENT_DATE).limit(1).fetchOptional(CONTRIBUTION.AGREEMENT_DATE);
    }

    @Override
    public List<Money> outstandingByCurrency(LocalDate asOf) {
        return ledger.amountsOn(asOf).entrySet().stream().filter(entry -> entry.getValue().signum() > 0)
                .map(entry -> money(entry.getValue(), entry.getKey())).toList();
    }

    @Override
    public List<OutstandingPledge> outstandingPledges(LocalDate asOf, int limit) {
        return ledger.oldestOn(asOf, limit, this::money);
    }

    @Override
    public int countOutstandingPledges(LocalDate asOf) {
        return ledger.countOn(asOf);
    }

    @Override
    public List<CurrencyTotals> totalsByCurrency(ContributionQuery query) {
        return totals(ContributionListOrder.joined(query), ContributionListOrder.conditions(query));
    }

    private List<CurrencyTotals> totals(Table<?> table, Condition condition) {
        Field<BigDecimal> pledged = DSL.sum(DSL.when(CONTRIBUTION.STATUS.ne(ContributionStatus.CANCELLED.name()),
                CONTRIBUTION.AMOUNT).otherwise(BigDecimal.ZERO));
        Field<BigDecimal> outstanding = DSL.sum(DSL.when(CONTRIBUTION.STATUS.in(OPEN),
                DSL.greatest(CONTRIBUTION.AMOUNT.minus(CONTRIBUTION.PAID_AMOUNT), DSL.inline(BigDecimal.ZERO)))
                .otherwise(BigDecimal.ZERO));
        return dsl.select(CONTRIBUTION.CURRENCY, pledged, DSL.sum(CONTRIBUTION.PAID_AMOUNT), outstanding,
                        DSL.sum(CONTRIBUTION.RECEIVED_EUR))
                .from(table)
                .where(condition)
                .groupBy(CONTRIBUTION.CURRENCY)
                .orderBy(CONTRIBUTION.CURRENCY)
                .fetch(row -> new CurrencyTotals(row.value1(), minorUnits(row.value2(), row.value1()),
                        minorUnits(row.value3(), row.value1()), minorUnits(row.value4(), row.value1()),
                        cents(row.value5())));
    }

    @Override
    public Receipts receiptsByProject(LocalDate from, LocalDate to) {
        return summary.byEarmark(from, to).withEditions(allocationRows.receivedByEdition(from, to));
    }

    @Override
    public List<Receipts.ByYearAndDonor> receiptsByYearAndDonor(LocalDate to) {
        return summary.byYearAndDonorNamed(to);
    }

    /** A rate as it was published or implied (1.5523), without the storage's padding (1.55230000). */
    private static BigDecimal asPublished(BigDecimal stored) {
        BigDecimal rate = stored.stripTrailingZeros();
        return rate.scale() < 0 ? rate.setScale(0) : rate;
    }

    /** A sum of stored amounts (four decimals) at its currency's minor unit. */
    private BigDecimal minorUnits(BigDecimal sum, String currency) {
        return money(sum == null ? BigDecimal.ZERO : sum, currency).amount();
    }

    private static BigDecimal cents(BigDecimal value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : value.setScale(2, RoundingMode.HALF_UP);
    }

    private List<Contribution> withAllocations(List<Record> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Collection<Long> ids = rows.stream().map(row -> row.get(CONTRIBUTION.ID)).toList();
        Map<Long, List<Allocation>> allocations = allocationRows.of(ids);
        // The donor's name kept on the row (decision 0037): the one the list sorted by and pages from.
        return rows.stream().map(row -> toContribution(row, row.get(CONTRIBUTION.DONOR_NAME),
                allocations.getOrDefault(row.get(CONTRIBUTION.ID), List.of()))).collect(Collectors.toList());
    }

    private Contribution toContribution(Record row, String donorName, List<Allocation> allocations) {
        String currency = row.get(CONTRIBUTION.CURRENCY);
        return new Contribution(new ContributionId(row.get(CONTRIBUTION.ID)), row.get(CONTRIBUTION.REFERENCE),
                new DonorId(row.get(CONTRIBUTION.DONOR_ID)), donorName, row.get(CONTRIBUTION.AGREEMENT_DATE),
                money(row.get(CONTRIBUTION.AMOUNT), currency), row.get(CONTRIBUTION.INTERMEDIARY),
                row.get(CONTRIBUTION.NOTES), Optional.ofNullable(row.get(CONTRIBUTION.CANCELLED_ON)),
                row.get(CONTRIBUTION.CANCEL_REASON), money(row.get(CONTRIBUTION.PAID_AMOUNT), currency),
                Money.euros(row.get(CONTRIBUTION.RECEIVED_EUR)), row.get(CONTRIBUTION.PAYMENT_COUNT),
                ContributionStatus.valueOf(row.get(CONTRIBUTION.STATUS)), allocations,
                row.get(CONTRIBUTION.VERSION));
    }

    @Override
    public Optional<ProjectId> projectOfEdition(ConferenceId edition) {
        return allocationRows.projectOfEdition(edition);
    }

    @Override
    public List<EarmarkEdition> editionsWithProject() {
        return allocationRows.editionsWithProject();
    }

    @Override
    public List<EditionEarmark> earmarksToEdition(ConferenceId edition, LocalDate asOf) {
        return allocationRows.toEdition(edition, asOf, this::money);
    }

    /** Amounts are stored with four decimals; they come back at their currency's minor unit. */
    private Money money(BigDecimal stored, String currency) {
        BigDecimal amount = stored.stripTrailingZeros();
        return Money.of(amount.scale() < 0 ? amount.setScale(0) : amount, currencies.stored(currency));
    }

    private Payment toPayment(PaymentRecord record) {
        String source = record.getRateSource();
        Optional<ExchangeRate> rate = EURO_PAYMENT.equals(source) ? Optional.empty()
                : Optional.of(new ExchangeRate(record.getCurrency(), record.getRateDate(),
                        asPublished(record.getRate()), RateSource.valueOf(source), ""));
        return new Payment(new PaymentId(record.getId()), record.getValueDate(),
                money(record.getAmount(), record.getCurrency()), rate, Money.euros(record.getEurAmount()),
                record.getNote(), PaymentWarning.parse(record.getConfirmedWarnings()));
    }
}
