package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;
import static org.octopusdesk.persistence.generated.Tables.DONOR;
import static org.octopusdesk.persistence.generated.Tables.OUTSTANDING_BY_DAY;
import static org.octopusdesk.persistence.generated.Tables.OUTSTANDING_BY_YEAR;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.contribution.OutstandingSteps;
import org.octopusdesk.domain.contribution.OutstandingTotals;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.service.contributions.OutstandingPledge;

/**
 * The outstanding ledger (decision 0029): what the pledges still expected, kept as changes by day and currency
 * ({@code outstanding_by_day}) and by year and currency ({@code outstanding_by_year}), and each pledge's
 * {@code closed_on}. A pledge's steps ({@link OutstandingSteps}) are withdrawn before it or its payments change and
 * added back after, in the same transaction, as {@link ReceiptSummary} does with receipts. Any day's outstanding
 * amounts and count then add up the whole years before it and the days of its own year: a few hundred rows,
 * whatever the number of payments.
 */
final class OutstandingLedger {

    private static final int CHUNK = 500;
    /** Rows fetched at a time by a rebuild's two passes (PostgreSQL's cursor in the transaction; H2 ignores it). */
    private static final int CURSOR_ROWS = 5_000;
    private static final String MERGE_DAY = "MERGE INTO outstanding_by_day t USING (VALUES (CAST(? AS DATE), "
            + "CAST(? AS CHAR(3)), CAST(? AS NUMERIC(24, 4)), CAST(? AS INT))) s (change_date, currency, amount, "
            + "pledges) ON t.change_date = s.change_date AND t.currency = s.currency "
            + "WHEN MATCHED THEN UPDATE SET amount = t.amount + s.amount, pledges = t.pledges + s.pledges "
            + "WHEN NOT MATCHED THEN INSERT (change_date, currency, amount, pledges) "
            + "VALUES (s.change_date, s.currency, s.amount, s.pledges)";
    private static final String MERGE_YEAR = "MERGE INTO outstanding_by_year t USING (VALUES (CAST(? AS INT), "
            + "CAST(? AS CHAR(3)), CAST(? AS NUMERIC(24, 4)), CAST(? AS INT))) s (change_year, currency, amount, "
            + "pledges) ON t.change_year = s.change_year AND t.currency = s.currency "
            + "WHEN MATCHED THEN UPDATE SET amount = t.amount + s.amount, pledges = t.pledges + s.pledges "
            + "WHEN NOT MATCHED THEN INSERT (change_year, currency, amount, pledges) "
            + "VALUES (s.change_year, s.currency, s.amount, s.pledges)";

    private final DSLContext dsl;

    OutstandingLedger(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A pledge as its steps are computed from it. */
    private record Pledge(long id, String currency, LocalDate agreed, BigDecimal amount, Optional<LocalDate> cancelled,
            LocalDate storedClosedOn, List<OutstandingSteps.Received> payments) {

        OutstandingSteps steps() {
            return OutstandingSteps.of(agreed, amount, cancelled, payments);
        }
    }

    /** Takes the pledges' steps out of the ledger, before they or their payments change. */
    void withdraw(Collection<Long> contributions) {
        OutstandingTotals change = new OutstandingTotals();
        forEachPledge(contributions, pledge -> change.add(pledge.currency(), pledge.steps(), -1));
        apply(change);
    }

    /** Puts the pledges' steps (back) into the ledger once they have changed, and writes their closing day. */
    void add(Collection<Long> contributions) {
        apply(stepsAndClosings(contributions));
    }

    /** The pledges' steps added up, writing the closing days that changed as it reads them. */
    private OutstandingTotals stepsAndClosings(Collection<Long> contributions) {
        return stepsAndClosings(each -> forEachPledge(contributions, each));
    }

    private OutstandingTotals stepsAndClosings(Consumer<Consumer<Pledge>> pledges) {
        OutstandingTotals change = new OutstandingTotals();
        List<Object[]> closings = new ArrayList<>();
        pledges.accept(pledge -> {
            OutstandingSteps steps = pledge.steps();
            change.add(pledge.currency(), steps, 1);
            LocalDate closedOn = steps.closedOn().orElse(null);
            if (!java.util.Objects.equals(closedOn, pledge.storedClosedOn())) {
                closings.add(new Object[] {closedOn, pledge.id()});
            }
        });
        writeClosings(closings);
        return change;
    }

    void withdraw(long contribution) {
        withdraw(List.of(contribution));
    }

    void add(long contribution) {
        add(List.of(contribution));
    }

    /** Recomputes the whole ledger and every closing day from the pledges and payments (a migration's, a bulk's). */
    void rebuild() {
        replaceAll(stepsAndClosings(this::forEveryPledge));
    }

    /**
     * Every pledge with its payments, read in two passes in the order of the pledges, merged as they come: a
     * rebuild over a million payments would otherwise ask for them five hundred pledges at a time.
     */
    private void forEveryPledge(Consumer<Pledge> each) {
        try (var payments = dsl.select(PAYMENT.CONTRIBUTION_ID, PAYMENT.VALUE_DATE, PAYMENT.AMOUNT).from(PAYMENT)
                .orderBy(PAYMENT.CONTRIBUTION_ID).fetchSize(CURSOR_ROWS).fetchLazy();
                var pledges = dsl.select(CONTRIBUTION.ID, CONTRIBUTION.CURRENCY, CONTRIBUTION.AGREEMENT_DATE,
                        CONTRIBUTION.AMOUNT, CONTRIBUTION.CANCELLED_ON, CONTRIBUTION.CLOSED_ON).from(CONTRIBUTION)
                        .orderBy(CONTRIBUTION.ID).fetchSize(CURSOR_ROWS).fetchLazy()) {
            var payment = payments.fetchNext();
            for (var row : pledges) {
                long id = row.value1();
                List<OutstandingSteps.Received> received = new ArrayList<>();
                // A payment's pledge always exists (a foreign key), so nothing is skipped here; the loop only
                // keeps the two passes in step if that were ever not so.
                while (payment != null && payment.value1() < id) {
                    payment = payments.fetchNext();
                }
                while (payment != null && payment.value1() == id) {
                    received.add(new OutstandingSteps.Received(payment.value2(), payment.value3()));
                    payment = payments.fetchNext();
                }
                each.accept(new Pledge(id, row.value2(), row.value3(), row.value4(),
                        Optional.ofNullable(row.value5()), row.value6(), received));
            }
        }
    }

    private void forEachPledge(Collection<Long> contributions, Consumer<Pledge> each) {
        List<Long> ids = List.copyOf(contributions);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            Map<Long, List<OutstandingSteps.Received>> payments = new HashMap<>();
            dsl.select(PAYMENT.CONTRIBUTION_ID, PAYMENT.VALUE_DATE, PAYMENT.AMOUNT).from(PAYMENT)
                    .where(PAYMENT.CONTRIBUTION_ID.in(chunk))
                    .forEach(row -> payments.computeIfAbsent(row.value1(), key -> new ArrayList<>())
                            .add(new OutstandingSteps.Received(row.value2(), row.value3())));
            dsl.select(CONTRIBUTION.ID, CONTRIBUTION.CURRENCY, CONTRIBUTION.AGREEMENT_DATE, CONTRIBUTION.AMOUNT,
                            CONTRIBUTION.CANCELLED_ON, CONTRIBUTION.CLOSED_ON)
                    .from(CONTRIBUTION).where(CONTRIBUTION.ID.in(chunk))
                    .forEach(row -> each.accept(new Pledge(row.value1(), row.value2(), row.value3(), row.value4(),
                            Optional.ofNullable(row.value5()), row.value6(),
                            payments.getOrDefault(row.value1(), List.of()))));
        }
    }

    private void apply(OutstandingTotals change) {
        Map<OutstandingTotals.Day, OutstandingTotals.Change> days = change.days();
        if (!days.isEmpty()) {
            BatchBindStep merge = dsl.batch(dsl.query(MERGE_DAY, null, null, null, null));
            days.forEach((day, by) -> merge.bind(day.date(), day.currency(), by.amount(), by.pledges()));
            merge.execute();
            LocalDate first = days.keySet().stream().map(OutstandingTotals.Day::date).min(Comparator.naturalOrder())
                    .orElseThrow();
            LocalDate last = days.keySet().stream().map(OutstandingTotals.Day::date).max(Comparator.naturalOrder())
                    .orElseThrow();
            dsl.deleteFrom(OUTSTANDING_BY_DAY).where(OUTSTANDING_BY_DAY.CHANGE_DATE.between(first, last)
                    .and(OUTSTANDING_BY_DAY.AMOUNT.eq(BigDecimal.ZERO)).and(OUTSTANDING_BY_DAY.PLEDGES.eq(0)))
                    .execute();
        }
        Map<OutstandingTotals.Year, OutstandingTotals.Change> years = change.years();
        if (!years.isEmpty()) {
            BatchBindStep merge = dsl.batch(dsl.query(MERGE_YEAR, null, null, null, null));
            years.forEach((year, by) -> merge.bind(year.year(), year.currency(), by.amount(), by.pledges()));
            merge.execute();
            dsl.deleteFrom(OUTSTANDING_BY_YEAR).where(OUTSTANDING_BY_YEAR.AMOUNT.eq(BigDecimal.ZERO)
                    .and(OUTSTANDING_BY_YEAR.PLEDGES.eq(0))).execute();
        }
    }

    private void writeClosings(List<Object[]> closings) {
        if (closings.isEmpty()) {
            return;
        }
        BatchBindStep update = dsl.batch(dsl.update(CONTRIBUTION).set(CONTRIBUTION.CLOSED_ON, (LocalDate) null)
                .where(CONTRIBUTION.ID.eq((Long) null)));
        closings.forEach(update::bind);
        update.execute();
    }

    /** Per currency, what the pledges outstanding on {@code asOf} still expected that day; zeros left out. */
    Map<String, BigDecimal> amountsOn(LocalDate asOf) {
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        sumsOn(asOf, OUTSTANDING_BY_YEAR.AMOUNT, OUTSTANDING_BY_DAY.AMOUNT, (currency, sum) ->
                byCurrency.merge(currency, sum, BigDecimal::add));
        byCurrency.values().removeIf(amount -> amount.signum() == 0);
        return byCurrency;
    }

    /** How many pledges were outstanding on {@code asOf}. */
    int countOn(LocalDate asOf) {
        int[] count = {0};
        sumsOn(asOf, OUTSTANDING_BY_YEAR.PLEDGES.cast(BigDecimal.class),
                OUTSTANDING_BY_DAY.PLEDGES.cast(BigDecimal.class), (currency, sum) -> count[0] += sum.intValue());
        return count[0];
    }

    /** Adds up, per currency, the whole years before {@code asOf}'s and the days of its year up to it. */
    private void sumsOn(LocalDate asOf, Field<BigDecimal> yearly, Field<BigDecimal> daily,
            BiFunction<String, BigDecimal, ?> each) {
        dsl.select(OUTSTANDING_BY_YEAR.CURRENCY, DSL.sum(yearly)).from(OUTSTANDING_BY_YEAR)
                .where(OUTSTANDING_BY_YEAR.CHANGE_YEAR.lt(asOf.getYear()))
                .groupBy(OUTSTANDING_BY_YEAR.CURRENCY)
                .forEach(row -> each.apply(row.value1(), row.value2()));
        dsl.select(OUTSTANDING_BY_DAY.CURRENCY, DSL.sum(daily)).from(OUTSTANDING_BY_DAY)
                .where(OUTSTANDING_BY_DAY.CHANGE_DATE.between(asOf.withDayOfYear(1), asOf))
                .groupBy(OUTSTANDING_BY_DAY.CURRENCY)
                .forEach(row -> each.apply(row.value1(), row.value2()));
    }

    /**
     * The {@code limit} pledges outstanding on {@code asOf} agreed first, with what each still expected that day.
     * Those still open are read from the index on {@code closed_on}; those closed since, only when there are any,
     * from the agreement dates, and no later than the last of the open ones found, since only the oldest are kept.
     */
    List<OutstandingPledge> oldestOn(LocalDate asOf, int limit, BiFunction<BigDecimal, String, Money> money) {
        var open = dsl.select(CONTRIBUTION.ID, CONTRIBUTION.AGREEMENT_DATE).from(CONTRIBUTION)
                .where(CONTRIBUTION.CLOSED_ON.isNull().and(CONTRIBUTION.AGREEMENT_DATE.le(asOf)))
                .orderBy(CONTRIBUTION.CLOSED_ON, CONTRIBUTION.AGREEMENT_DATE, CONTRIBUTION.ID).limit(limit).fetch();
        List<Long> ids = new ArrayList<>(open.getValues(CONTRIBUTION.ID));
        LocalDate lastClosing = dsl.select(DSL.max(CONTRIBUTION.CLOSED_ON)).from(CONTRIBUTION)
                .fetchOne(0, LocalDate.class);
        if (lastClosing != null && lastClosing.isAfter(asOf)) {
            LocalDate until = open.size() < limit ? asOf : open.get(open.size() - 1).value2();
            // The closing day is tested in an expression so that H2 walks the agreement dates in order and stops
            // at the first pledges found; on the index of closing days it sorted every pledge closed since.
            ids.addAll(dsl.select(CONTRIBUTION.ID).from(CONTRIBUTION)
                    .where(CONTRIBUTION.AGREEMENT_DATE.le(until)
                            .and(DSL.when(CONTRIBUTION.CLOSED_ON.gt(asOf), DSL.inline(1)).eq(DSL.inline(1))))
                    .orderBy(CONTRIBUTION.AGREEMENT_DATE, CONTRIBUTION.ID).limit(limit)
                    .fetch(CONTRIBUTION.ID));
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        // The day is tested inside the sum, not in the WHERE: with it there H2 chose the index of value dates for a
        // bound day (every payment up to today) over the few payments of the named pledges, 300-800 ms at 240,000
        // payments (decision 0031).
        Field<BigDecimal> paidBy = DSL.sum(DSL.when(PAYMENT.VALUE_DATE.le(asOf), PAYMENT.AMOUNT)
                .otherwise(BigDecimal.ZERO));
        Map<Long, BigDecimal> paid = dsl.select(PAYMENT.CONTRIBUTION_ID, paidBy).from(PAYMENT)
                .where(PAYMENT.CONTRIBUTION_ID.in(ids))
                .groupBy(PAYMENT.CONTRIBUTION_ID).fetchMap(PAYMENT.CONTRIBUTION_ID, paidBy);
        return dsl.select(CONTRIBUTION.ID, CONTRIBUTION.REFERENCE, DONOR.NAME, CONTRIBUTION.CURRENCY,
                        CONTRIBUTION.AMOUNT)
                .from(CONTRIBUTION).join(DONOR).on(DONOR.ID.eq(CONTRIBUTION.DONOR_ID))
                .where(CONTRIBUTION.ID.in(ids))
                .orderBy(CONTRIBUTION.AGREEMENT_DATE, CONTRIBUTION.ID).limit(limit)
                .fetch(row -> new OutstandingPledge(row.value2(), row.value3(), money.apply(
                        row.value5().subtract(paid.getOrDefault(row.value1(), BigDecimal.ZERO)), row.value4())));
    }

    /** Every stored row of the ledger, for the check. */
    OutstandingTotals storedRows() {
        OutstandingTotals stored = new OutstandingTotals();
        dsl.selectFrom(OUTSTANDING_BY_DAY).forEach(row -> stored.addDay(new OutstandingTotals.Day(
                row.getChangeDate(), row.getCurrency()), new OutstandingTotals.Change(row.getAmount(),
                row.getPledges())));
        dsl.selectFrom(OUTSTANDING_BY_YEAR).forEach(row -> stored.addYear(new OutstandingTotals.Year(
                row.getChangeYear(), row.getCurrency()), new OutstandingTotals.Change(row.getAmount(),
                row.getPledges())));
        return stored;
    }

    /** Replaces the ledger's rows by {@code rows} (a repair's). */
    void replaceAll(OutstandingTotals rows) {
        dsl.deleteFrom(OUTSTANDING_BY_DAY).execute();
        dsl.deleteFrom(OUTSTANDING_BY_YEAR).execute();
        if (!rows.days().isEmpty()) {
            BatchBindStep insert = dsl.batch(dsl.insertInto(OUTSTANDING_BY_DAY).values((LocalDate) null, null,
                    null, null));
            rows.days().forEach((day, by) -> insert.bind(day.date(), day.currency(), by.amount(), by.pledges()));
            insert.execute();
        }
        if (!rows.years().isEmpty()) {
            BatchBindStep insert = dsl.batch(dsl.insertInto(OUTSTANDING_BY_YEAR).values((Integer) null, null,
                    null, null));
            rows.years().forEach((year, by) -> insert.bind(year.year(), year.currency(), by.amount(),
                    by.pledges()));
            insert.execute();
        }
    }

    /** Writes a pledge's closing day (a repair's). */
    void writeClosedOn(long contribution, LocalDate closedOn) {
        dsl.update(CONTRIBUTION).set(CONTRIBUTION.CLOSED_ON, closedOn).where(CONTRIBUTION.ID.eq(contribution))
                .execute();
    }
}
