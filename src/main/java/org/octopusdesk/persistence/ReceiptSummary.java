package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;
import static org.octopusdesk.persistence.generated.Tables.DONOR;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT;
import static org.octopusdesk.persistence.generated.Tables.PAYMENT_PART;
import static org.octopusdesk.persistence.generated.Tables.PROJECT;
import static org.octopusdesk.persistence.generated.Tables.RECEIPT_BY_DONOR;
import static org.octopusdesk.persistence.generated.Tables.RECEIPT_BY_DONOR_MONTH;
import static org.octopusdesk.persistence.generated.Tables.RECEIPT_BY_EARMARK;
import static org.octopusdesk.persistence.generated.Tables.RECEIPT_BY_EARMARK_MONTH;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
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
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.contribution.PaymentPart;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.service.check.Summaries;
import org.octopusdesk.service.contributions.Receipts;

/**
 * The euros received, added up by year and by month per earmark ({@code receipt_by_earmark},
 * {@code receipt_by_earmark_month}) and per donor ({@code receipt_by_donor}, {@code receipt_by_donor_month}), and the
 * totals read from them.
 * Both add up stored lines: the earmark summary the payments' parts ({@link PaymentParts}), the donor summary the
 * payments' euros. A contribution's part is withdrawn before it changes (a payment added or removed, its donor or
 * earmarks edited) and added back after, in the same transaction; a period reads whole years from the yearly
 * summary, whole months of the years it cuts from the monthly one and only the days of a month it cuts from the
 * payments ({@link ReceiptPeriod}). Over a million payments the dashboard then reads a few thousand rows.
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

    /** The stored parts and the euros of the payments that {@code payments} selects, by year and by month. */
    private Summaries partsOf(Condition payments) {
        Field<Integer> year = DSL.year(PAYMENT.VALUE_DATE);
        Field<Integer> month = DSL.month(PAYMENT.VALUE_DATE);
        Field<BigDecimal> parts = DSL.sum(PAYMENT_PART.EUR_AMOUNT);
        Summaries found = Summaries.empty();
        dsl.select(year, month, PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID, parts).from(PAYMENT).join(PAYMENT_PART)
                .on(PAYMENT_PART.PAYMENT_ID.eq(PAYMENT.ID)).where(payments)
                .groupBy(year, month, PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID)
                .forEach(row -> found.addPart(LocalDate.of(row.value1(), row.value2(), 1),
                        PaymentPart.Kind.valueOf(row.value3()), row.value4(), row.value5()));
        Field<BigDecimal> euros = DSL.sum(PAYMENT.EUR_AMOUNT);
        dsl.select(year, month, CONTRIBUTION.DONOR_ID, euros).from(PAYMENT).join(CONTRIBUTION)
                .on(CONTRIBUTION.ID.eq(PAYMENT.CONTRIBUTION_ID)).where(payments)
                .groupBy(year, month, CONTRIBUTION.DONOR_ID)
                .forEach(row -> found.addDonor(LocalDate.of(row.value1(), row.value2(), 1), row.value3(),
                        row.value4()));
        return found;
    }

    /**
     * Fills the (empty) monthly summaries from every payment in one statement each: for databases whose yearly
     * summaries already exist (migration 23.1) and for generated data.
     */
    void fillMonths() {
        Field<Integer> year = DSL.year(PAYMENT.VALUE_DATE);
        Field<Integer> month = DSL.month(PAYMENT.VALUE_DATE);
        Field<BigDecimal> parts = DSL.sum(PAYMENT_PART.EUR_AMOUNT);
        dsl.insertInto(RECEIPT_BY_EARMARK_MONTH, RECEIPT_BY_EARMARK_MONTH.RECEIPT_YEAR,
                RECEIPT_BY_EARMARK_MONTH.RECEIPT_MONTH, RECEIPT_BY_EARMARK_MONTH.KIND,
                RECEIPT_BY_EARMARK_MONTH.PROJECT_ID, RECEIPT_BY_EARMARK_MONTH.RECEIVED_EUR)
                .select(dsl.select(year, month, PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID, parts).from(PAYMENT)
                        .join(PAYMENT_PART).on(PAYMENT_PART.PAYMENT_ID.eq(PAYMENT.ID))
                        .groupBy(year, month, PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID)
                        .having(parts.ne(BigDecimal.ZERO)))
                .execute();
        Field<BigDecimal> euros = DSL.sum(PAYMENT.EUR_AMOUNT);
        dsl.insertInto(RECEIPT_BY_DONOR_MONTH, RECEIPT_BY_DONOR_MONTH.RECEIPT_YEAR,
                RECEIPT_BY_DONOR_MONTH.RECEIPT_MONTH, RECEIPT_BY_DONOR_MONTH.DONOR_ID,
                RECEIPT_BY_DONOR_MONTH.RECEIVED_EUR)
                .select(dsl.select(year, month, CONTRIBUTION.DONOR_ID, euros).from(PAYMENT).join(CONTRIBUTION)
                        .on(CONTRIBUTION.ID.eq(PAYMENT.CONTRIBUTION_ID))
                        .groupBy(year, month, CONTRIBUTION.DONOR_ID)
                        .having(euros.ne(BigDecimal.ZERO)))
                .execute();
    }

    /** Every row of the summaries as stored, for the check. */
    Summaries storedRows() {
        Summaries stored = Summaries.empty();
        dsl.selectFrom(RECEIPT_BY_EARMARK).forEach(row -> stored.byEarmark().put(new Summaries.ByEarmark(
                row.getReceiptYear(), PaymentPart.Kind.valueOf(row.getKind()), row.getProjectId()),
                row.getReceivedEur()));
        dsl.selectFrom(RECEIPT_BY_DONOR).forEach(row -> stored.byDonor().put(new Summaries.ByDonor(
                row.getReceiptYear(), row.getDonorId()), row.getReceivedEur()));
        dsl.selectFrom(RECEIPT_BY_EARMARK_MONTH).forEach(row -> stored.byEarmarkMonth().put(
                new Summaries.ByEarmarkMonth(row.getReceiptYear(), row.getReceiptMonth(),
                        PaymentPart.Kind.valueOf(row.getKind()), row.getProjectId()), row.getReceivedEur()));
        dsl.selectFrom(RECEIPT_BY_DONOR_MONTH).forEach(row -> stored.byDonorMonth().put(new Summaries.ByDonorMonth(
                row.getReceiptYear(), row.getReceiptMonth(), row.getDonorId()), row.getReceivedEur()));
        return stored;
    }

    /** Replaces the summaries by {@code rows}. */
    void replaceAll(Summaries rows) {
        dsl.deleteFrom(RECEIPT_BY_EARMARK).execute();
        dsl.deleteFrom(RECEIPT_BY_DONOR).execute();
        dsl.deleteFrom(RECEIPT_BY_EARMARK_MONTH).execute();
        dsl.deleteFrom(RECEIPT_BY_DONOR_MONTH).execute();
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
        var earmarkMonth = RECEIPT_BY_EARMARK_MONTH;
        parts.byEarmarkMonth().forEach((key, euros) -> change(earmarkMonth, earmarkMonth.RECEIVED_EUR,
                earmarkMonth.RECEIPT_YEAR.eq(key.year()).and(earmarkMonth.RECEIPT_MONTH.eq(key.month()))
                        .and(earmarkMonth.KIND.eq(key.kind().name())).and(earmarkMonth.PROJECT_ID.eq(key.project())),
                euros.multiply(sign), Map.of(earmarkMonth.RECEIPT_YEAR, key.year(), earmarkMonth.RECEIPT_MONTH,
                        key.month(), earmarkMonth.KIND, key.kind().name(), earmarkMonth.PROJECT_ID, key.project())));
        var donorMonth = RECEIPT_BY_DONOR_MONTH;
        parts.byDonorMonth().forEach((key, euros) -> change(donorMonth, donorMonth.RECEIVED_EUR,
                donorMonth.RECEIPT_YEAR.eq(key.year()).and(donorMonth.RECEIPT_MONTH.eq(key.month()))
                        .and(donorMonth.DONOR_ID.eq(key.donor())), euros.multiply(sign),
                Map.of(donorMonth.RECEIPT_YEAR, key.year(), donorMonth.RECEIPT_MONTH, key.month(),
                        donorMonth.DONOR_ID, key.donor())));
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
        ReceiptPeriod period = ReceiptPeriod.of(from, to);
        // Rows of (kind, project, euros) from the three sources, added up below.
        List<Record3<String, Long, BigDecimal>> rows = new ArrayList<>();
        if (period.hasWholeYears()) {
            var years = RECEIPT_BY_EARMARK;
            rows.addAll(dsl.select(years.KIND, years.PROJECT_ID, DSL.sum(years.RECEIVED_EUR)).from(years)
                    .where(period.wholeYears(years.RECEIPT_YEAR)).groupBy(years.KIND, years.PROJECT_ID).fetch());
        }
        if (period.hasWholeMonths()) {
            var months = RECEIPT_BY_EARMARK_MONTH;
            rows.addAll(dsl.select(months.KIND, months.PROJECT_ID, DSL.sum(months.RECEIVED_EUR)).from(months)
                    .where(period.wholeMonths(months.RECEIPT_YEAR, months.RECEIPT_MONTH))
                    .groupBy(months.KIND, months.PROJECT_ID).fetch());
        }
        for (Condition days : period.days()) {
            rows.addAll(dsl.select(PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID, DSL.sum(PAYMENT_PART.EUR_AMOUNT))
                    .from(PAYMENT).join(PAYMENT_PART).on(PAYMENT_PART.PAYMENT_ID.eq(PAYMENT.ID)).where(days)
                    .groupBy(PAYMENT_PART.KIND, PAYMENT_PART.PROJECT_ID).fetch());
        }
        Map<Long, BigDecimal> projects = new HashMap<>();
        BigDecimal undisclosed = BigDecimal.ZERO;
        BigDecimal notEarmarked = BigDecimal.ZERO;
        for (var row : rows) {
            switch (row.value1()) {
                case PROJECT_KIND -> projects.merge(row.value2(), row.value3(), BigDecimal::add);
                case UNDISCLOSED -> undisclosed = undisclosed.add(row.value3());
                default -> notEarmarked = notEarmarked.add(row.value3());
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
        ReceiptPeriod period = ReceiptPeriod.of(LocalDate.of(1999, 1, 1), to);
        Map<Integer, Map<Long, BigDecimal>> result = new TreeMap<>();
        if (period.hasWholeYears()) {
            Field<BigDecimal> euros = DSL.sum(RECEIPT_BY_DONOR.RECEIVED_EUR);
            dsl.select(RECEIPT_BY_DONOR.RECEIPT_YEAR, RECEIPT_BY_DONOR.DONOR_ID, euros).from(RECEIPT_BY_DONOR)
                    .where(period.wholeYears(RECEIPT_BY_DONOR.RECEIPT_YEAR))
                    .groupBy(RECEIPT_BY_DONOR.RECEIPT_YEAR, RECEIPT_BY_DONOR.DONOR_ID)
                    .forEach(row -> result.computeIfAbsent(row.value1(), year -> new HashMap<>())
                            .merge(row.value2(), row.value3(), BigDecimal::add));
        }
        if (period.hasWholeMonths()) {
            var months = RECEIPT_BY_DONOR_MONTH;
            Field<BigDecimal> euros = DSL.sum(months.RECEIVED_EUR);
            dsl.select(months.RECEIPT_YEAR, months.DONOR_ID, euros).from(months)
                    .where(period.wholeMonths(months.RECEIPT_YEAR, months.RECEIPT_MONTH))
                    .groupBy(months.RECEIPT_YEAR, months.DONOR_ID)
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
}
