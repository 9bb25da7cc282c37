package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.PAYMENT;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A period of receipts cut into what the summaries answer and what only the payments can: the whole years it
 * covers (yearly summaries), the whole months of the years it cuts (monthly summaries) and the days of the months
 * it cuts (payments). A period from a 1 January to any day thus reads at most one year's worth of month rows and
 * one month of payments.
 */
final class ReceiptPeriod {

    private static final MonthDay FIRST_DAY = MonthDay.of(1, 1);
    private static final MonthDay LAST_DAY = MonthDay.of(12, 31);

    private int firstWholeYear = 1;
    private int lastWholeYear;
    private final List<Months> wholeMonths = new ArrayList<>();
    private final List<Condition> days = new ArrayList<>();

    /** Whole months {@code first} to {@code last} of one year. */
    private record Months(int year, int first, int last) {
    }

    private ReceiptPeriod() {
    }

    static ReceiptPeriod of(LocalDate from, LocalDate to) {
        ReceiptPeriod period = new ReceiptPeriod();
        if (to.isBefore(from)) {
            return period;
        }
        int first = from.getYear();
        int last = to.getYear();
        boolean startsOnNewYear = MonthDay.from(from).equals(FIRST_DAY);
        boolean endsOnNewYearsEve = MonthDay.from(to).equals(LAST_DAY);
        if (first == last && !(startsOnNewYear && endsOnNewYearsEve)) {
            period.cutYear(from, to);
            return period;
        }
        if (!startsOnNewYear) {
            period.cutYear(from, LocalDate.of(first, 12, 31));
            first++;
        }
        if (!endsOnNewYearsEve) {
            period.cutYear(LocalDate.of(last, 1, 1), to);
            last--;
        }
        period.firstWholeYear = first;
        period.lastWholeYear = last;
        return period;
    }

    /** Divides {@code from}-{@code to}, within one year, into whole months and the days of the months it cuts. */
    private void cutYear(LocalDate from, LocalDate to) {
        LocalDate start = from;
        LocalDate end = to;
        boolean startsOnFirst = start.getDayOfMonth() == 1;
        boolean endsOnLast = end.equals(end.with(TemporalAdjusters.lastDayOfMonth()));
        if (start.getMonth() == end.getMonth() && !(startsOnFirst && endsOnLast)) {
            days.add(PAYMENT.VALUE_DATE.between(start, end));
            return;
        }
        if (!startsOnFirst) {
            days.add(PAYMENT.VALUE_DATE.between(start, start.with(TemporalAdjusters.lastDayOfMonth())));
            start = start.with(TemporalAdjusters.firstDayOfNextMonth());
        }
        if (!endsOnLast) {
            days.add(PAYMENT.VALUE_DATE.between(end.withDayOfMonth(1), end));
            end = end.withDayOfMonth(1).minusDays(1);
        }
        if (!start.isAfter(end)) {
            wholeMonths.add(new Months(start.getYear(), start.getMonthValue(), end.getMonthValue()));
        }
    }

    boolean hasWholeYears() {
        return firstWholeYear <= lastWholeYear;
    }

    Condition wholeYears(Field<Integer> year) {
        return year.between(firstWholeYear, lastWholeYear);
    }

    boolean hasWholeMonths() {
        return !wholeMonths.isEmpty();
    }

    /** The rows of a monthly summary that the whole months cover. */
    Condition wholeMonths(Field<Integer> year, Field<Integer> month) {
        return DSL.or(wholeMonths.stream().map(months -> year.eq(months.year())
                .and(month.between(months.first(), months.last()))).toList());
    }

    /** The payments of the days cut: one condition on their value date for each month cut. */
    List<Condition> days() {
        return days;
    }
}
