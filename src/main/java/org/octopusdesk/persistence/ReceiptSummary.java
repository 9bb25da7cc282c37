package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;
import static org.octopusdesk.persistence.generated.Tables.DONOR;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT_PART;
import static org.octopusdesk.persistence.generated.Tables.PROJECT;
import static org.octopusdesk.persistence.generated.Tables.RECEIPT_BY_DONOR;
import static org.octopusdesk.persistence.generated.Tables.RECEIPT_BY_EARMARK;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.contribution.PaymentPart;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.service.check.Summaries;
import org.octopusdesk.service.contributions.Receipts;

/**
 * The euros received, added up by year per earmark ({@code receipt_by_earmark}) and per donor
 * ({@code receipt_by_donor}), and the totals read from them.
 * Both add up stored lines: the earmark summary the payments' parts ({@link PaymentParts}), the donor summary the
 * payments' euros. A contribution's part is withdrawn before it changes (a payment added or removed, its donor or
 * earmarks edited) and added back after, in the same transaction; a period reads whole years from the summary and
 * only the days of a year it cuts from the payments' parts. Over a million payments the dashboard then reads a few
 * thousand rows.
 */
final class ReceiptSummary {

    private static final String PROJECT_KIND = "PROJECT";
    private static final String UNDISCLOSED = "UNDISCLOSED";
    private static final String NOT_EARMARKED = "NOT_EARMARKED";

    private final DSLContext dsl;

    ReceiptSummary(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Takes the contribution's receipts out of the summary, before it changes. */
    void withdraw(long contribution) {
        apply(partsOf(PAYMENT.CONTRIBUTION_ID.eq(contribution)), BigDecimal.ONE.negate());
    }

    /** Puts the contribution's receipts (back) into the summary, once it has changed. */
    void add(long contribution) {
        apply(partsOf(PAYMENT.CONTRIBUTION_ID.eq(contribution)), BigDecimal.ONE);
    }

    /** Takes one payment out of the summary, before it is deleted. */
    void withdrawPayment(long payment) {
        apply(partsOf(PAYMENT.ID.eq(payment)), BigDecimal.ONE.negate());
    }

    /** Adds one new payment, once it and its parts are stored. */
    void addPayment(long payment) {
        apply(partsOf(PAYMENT.ID.eq(payment)), BigDecimal.ONE);
    }

    /** Adds the receipts of many new payments at once, summed by the caller (an import's). */
    void addAll(Summaries received) {
        apply(received, BigDecimal.ONE);
    }

    /** The stored parts and the euros of the payments that {@code payments} selects, by year. */
    private Summaries partsOf(Condition payments) {
        Field<Integer> year = DSL.year(PAYMENT.VALUE_DATE);
        Field<BigDecimal> parts = DSL.sum(PAYMENT_PART.EUR_AMOUNT);
        Summaries found = Summaries.empty();
        dsl.select(year, PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID, parts).from(PAYMENT).join(PAYMENT_PART)
                .on(PAYMENT_PART.PAYMENT_ID.eq(PAYMENT.ID)).where(payments)
                .groupBy(year, PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID)
                .forEach(row -> found.byEarmark().put(new Summaries.ByEarmark(row.value1(),
                        PaymentPart.Kind.valueOf(row.value2()), row.value3()), row.value4()));
        Field<BigDecimal> euros = DSL.sum(PAYMENT.EUR_AMOUNT);
        dsl.select(year, CONTRIBUTION.DONOR_ID, euros).from(PAYMENT).join(CONTRIBUTION)
                .on(CONTRIBUTION.ID.eq(PAYMENT.CONTRIBUTION_ID)).where(payments)
                .groupBy(year, CONTRIBUTION.DONOR_ID)
                .forEach(row -> found.byDonor().put(new Summaries.ByDonor(row.value1(), row.value2()), row.value3()));
        return found;
    }

    /** Every row of both summaries as stored, for the check. */
    Summaries storedRows() {
        Summaries stored = Summaries.empty();
        dsl.selectFrom(RECEIPT_BY_EARMARK).forEach(row -> stored.byEarmark().put(new Summaries.ByEarmark(
                row.getReceiptYear(), PaymentPart.Kind.valueOf(row.getKind()), row.getProjectId()),
                row.getReceivedEur()));
        dsl.selectFrom(RECEIPT_BY_DONOR).forEach(row -> stored.byDonor().put(new Summaries.ByDonor(
                row.getReceiptYear(), row.getDonorId()), row.getReceivedEur()));
        return stored;
    }

    /** Replaces both summaries by {@code rows}. */
    void replaceAll(Summaries rows) {
        dsl.deleteFrom(RECEIPT_BY_EARMARK).execute();
        dsl.deleteFrom(RECEIPT_BY_DONOR).execute();
        apply(rows, BigDecimal.ONE);
    }

    private void apply(Summaries parts, BigDecimal sign) {
        parts.byEarmark().forEach((key, euros) -> change(RECEIPT_BY_EARMARK, RECEIPT_BY_EARMARK.RECEIVED_EUR,
                RECEIPT_BY_EARMARK.RECEIPT_YEAR.eq(key.year()).and(RECEIPT_BY_EARMARK.KIND.eq(key.kind().name()))
                        .and(RECEIPT_BY_EARMARK.PROJECT_ID.eq(key.project())), euros.multiply(sign),
                Map.of(RECEIPT_BY_EARMARK.RECEIPT_YEAR, key.year(), RECEIPT_BY_EARMARK.KIND, key.kind().name(),
                        RECEIPT_BY_EARMARK.PROJECT_ID, key.project())));
        parts.byDonor().forEach((key, euros) -> change(RECEIPT_BY_DONOR, RECEIPT_BY_DONOR.RECEIVED_EUR,
                RECEIPT_BY_DONOR.RECEIPT_YEAR.eq(key.year()).and(RECEIPT_BY_DONOR.DONOR_ID.eq(key.donor())),
                euros.multiply(sign), Map.of(RECEIPT_BY_DONOR.RECEIPT_YEAR, key.year(), RECEIPT_BY_DONOR.DONOR_ID,
                        key.donor())));
    }

    /** Adds {@code euros} to the row {@code row} names, creating it if needed and removing it once it is zero. */
    private void change(Table<?> table, Field<BigDecimal> received, Condition row, BigDecimal euros,
            Map<Field<?>, Object> key) {
        int updated = dsl.update(table).set(received, received.plus(euros)).where(row).execute();
        if (updated == 0) {
            Map<Field<?>, Object> values = new HashMap<>(key);
            values.put(received, euros);
            dsl.insertInto(table).set(values).execute();
        }
        dsl.deleteFrom(table).where(row.and(received.eq(BigDecimal.ZERO))).execute();
    }

    /** Euros received from {@code from} to {@code to} by earmark; each part rounded to the cent at the end. */
    Receipts byEarmark(LocalDate from, LocalDate to) {
        Period period = Period.of(from, to);
        Map<Long, BigDecimal> projects = new HashMap<>();
        BigDecimal undisclosed = BigDecimal.ZERO;
        BigDecimal notEarmarked = BigDecimal.ZERO;
        if (period.hasWholeYears()) {
            Field<BigDecimal> euros = DSL.sum(RECEIPT_BY_EARMARK.RECEIVED_EUR);
            for (var row : dsl.select(RECEIPT_BY_EARMARK.KIND, RECEIPT_BY_EARMARK.PROJECT_ID, euros)
                    .from(RECEIPT_BY_EARMARK).where(period.wholeYears(RECEIPT_BY_EARMARK.RECEIPT_YEAR))
                    .groupBy(RECEIPT_BY_EARMARK.KIND, RECEIPT_BY_EARMARK.PROJECT_ID).fetch()) {
                switch (row.value1()) {
                    case PROJECT_KIND -> projects.merge(row.value2(), row.value3(), BigDecimal::add);
                    case UNDISCLOSED -> undisclosed = undisclosed.add(row.value3());
                    default -> notEarmarked = notEarmarked.add(row.value3());
                }
            }
        }
        Field<BigDecimal> parts = DSL.sum(PAYMENT_PART.EUR_AMOUNT);
        for (Condition days : period.days()) {
            for (var row : dsl.select(PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID, parts).from(PAYMENT)
                    .join(PAYMENT_PART).on(PAYMENT_PART.PAYMENT_ID.eq(PAYMENT.ID)).where(days)
                    .groupBy(PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID).fetch()) {
                switch (row.value1()) {
                    case PROJECT_KIND -> projects.merge(row.value2(), row.value3(), BigDecimal::add);
                    case UNDISCLOSED -> undisclosed = undisclosed.add(row.value3());
                    default -> notEarmarked = notEarmarked.add(row.value3());
                }
            }
        }
        return new Receipts(named(projects), cents(undisclosed), cents(notEarmarked));
    }

    private List<Receipts.ByProject> named(Map<Long, BigDecimal> projects) {
        projects.values().removeIf(euros -> euros.signum() == 0);
        if (projects.isEmpty()) {
            return List.of();
        }
        return dsl.select(PROJECT.ID, PROJECT.CODE, PROJECT.NAME).from(PROJECT).where(PROJECT.ID.in(projects.keySet()))
                .fetch(row -> new Receipts.ByProject(new ProjectId(row.value1()), row.value2(), row.value3(),
                        cents(projects.get(row.value1()))))
                .stream().sorted(Comparator.comparing(Receipts.ByProject::euros).reversed()
                        .thenComparing(Receipts.ByProject::code)).toList();
    }

    /** Euros received up to {@code to}, by year and donor. */
    Map<Integer, Map<Long, BigDecimal>> byYearAndDonor(LocalDate to) {
        Period period = Period.of(LocalDate.of(1999, 1, 1), to);
        Map<Integer, Map<Long, BigDecimal>> result = new TreeMap<>();
        if (period.hasWholeYears()) {
            Field<BigDecimal> euros = DSL.sum(RECEIPT_BY_DONOR.RECEIVED_EUR);
            dsl.select(RECEIPT_BY_DONOR.RECEIPT_YEAR, RECEIPT_BY_DONOR.DONOR_ID, euros).from(RECEIPT_BY_DONOR)
                    .where(period.wholeYears(RECEIPT_BY_DONOR.RECEIPT_YEAR))
                    .groupBy(RECEIPT_BY_DONOR.RECEIPT_YEAR, RECEIPT_BY_DONOR.DONOR_ID)
                    .forEach(row -> result.computeIfAbsent(row.value1(), year -> new HashMap<>())
                            .merge(row.value2(), row.value3(), BigDecimal::add));
        }
        Field<Integer> year = DSL.year(PAYMENT.VALUE_DATE);
        Field<BigDecimal> euros = DSL.sum(PAYMENT.EUR_AMOUNT);
        for (Condition days : period.days()) {
            dsl.select(year, CONTRIBUTION.DONOR_ID, euros).from(PAYMENT).leftJoin(CONTRIBUTION)
                    .on(CONTRIBUTION.ID.eq(PAYMENT.CONTRIBUTION_ID)).where(days)
                    .groupBy(year, CONTRIBUTION.DONOR_ID)
                    .forEach(row -> result.computeIfAbsent(row.value1(), each -> new HashMap<>())
                            .merge(row.value2(), row.value3(), BigDecimal::add));
        }
        return result;
    }

    List<Receipts.ByYearAndDonor> byYearAndDonorNamed(LocalDate to) {
        Map<Integer, Map<Long, BigDecimal>> byYear = byYearAndDonor(to);
        Set<Long> donors = new HashSet<>();
        byYear.values().forEach(map -> donors.addAll(map.keySet()));
        Map<Long, String> names = names(donors);
        List<Receipts.ByYearAndDonor> rows = new ArrayList<>();
        byYear.forEach((year, map) -> map.entrySet().stream().filter(entry -> entry.getValue().signum() != 0)
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> rows.add(new Receipts.ByYearAndDonor(year, new DonorId(entry.getKey()),
                        names.get(entry.getKey()), cents(entry.getValue())))));
        return rows;
    }

    private Map<Long, String> names(Set<Long> donors) {
        return donors.isEmpty() ? Map.of() : dsl.select(DONOR.ID, DONOR.NAME).from(DONOR).where(DONOR.ID.in(donors))
                .fetchMap(DONOR.ID, DONOR.NAME);
    }

    private static BigDecimal cents(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** A period cut into the whole years it covers and the days of the years it only cuts. */
    private record Period(int firstWholeYear, int lastWholeYear, List<Condition> days) {

        private static final MonthDay FIRST_DAY = MonthDay.of(1, 1);
        private static final MonthDay LAST_DAY = MonthDay.of(12, 31);

        static Period of(LocalDate from, LocalDate to) {
            List<Condition> days = new ArrayList<>();
            if (to.isBefore(from)) {
                return new Period(1, 0, days);
            }
            int first = from.getYear();
            int last = to.getYear();
            boolean startsOnNewYear = MonthDay.from(from).equals(FIRST_DAY);
            boolean endsOnNewYearsEve = MonthDay.from(to).equals(LAST_DAY);
            if (first == last && !(startsOnNewYear && endsOnNewYearsEve)) {
                days.add(PAYMENT.VALUE_DATE.between(from, to));
                return new Period(1, 0, days);
            }
            if (!startsOnNewYear) {
                days.add(PAYMENT.VALUE_DATE.between(from, LocalDate.of(first, 12, 31)));
                first++;
            }
            if (!endsOnNewYearsEve) {
                days.add(PAYMENT.VALUE_DATE.between(LocalDate.of(last, 1, 1), to));
                last--;
            }
            return new Period(first, last, days);
        }

        boolean hasWholeYears() {
            return firstWholeYear <= lastWholeYear;
        }

        Condition wholeYears(Field<Integer> year) {
            return year.between(firstWholeYear, lastWholeYear);
        }
    }
}
