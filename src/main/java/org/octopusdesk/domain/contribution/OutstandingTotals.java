package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The steps of many pledges added up by day and currency, and by year and currency: the rows of the outstanding
 * ledger (decision 0029), as stored or as recomputed from the pledges and their payments. Rows of zero are not kept.
 */
public final class OutstandingTotals {

    /** A day's row of one currency. */
    public record Day(LocalDate date, String currency) {
    }

    /** A year's row of one currency: the sum of its days. */
    public record Year(int year, String currency) {
    }

    /** What a row adds: an amount in the row's currency and a number of pledges (negative when they closed). */
    public record Change(BigDecimal amount, int pledges) {

        public static final Change NONE = new Change(BigDecimal.ZERO, 0);

        public Change plus(Change other) {
            return new Change(amount.add(other.amount), pledges + other.pledges);
        }

        public Change negate() {
            return new Change(amount.negate(), -pledges);
        }

        public boolean isZero() {
            return amount.signum() == 0 && pledges == 0;
        }

        /** The same change, compared by value: 5.0000 equals 5. */
        public boolean sameAs(Change other) {
            return amount.compareTo(other.amount) == 0 && pledges == other.pledges;
        }
    }

    private final Map<Day, Change> days = new HashMap<>();
    private final Map<Year, Change> years = new HashMap<>();

    /** Adds (or with {@code sign} -1 takes away) the steps of a pledge in {@code currency}. */
    public void add(String currency, OutstandingSteps steps, int sign) {
        for (OutstandingSteps.Step step : steps.steps()) {
            Change change = new Change(step.amount(), step.pledges());
            add(new Day(step.date(), currency), sign < 0 ? change.negate() : change);
        }
    }

    /** Adds a day's change, and the same to its year. */
    public void add(Day day, Change change) {
        days.merge(day, change, Change::plus);
        years.merge(new Year(day.date().getYear(), day.currency()), change, Change::plus);
    }

    /** Adds a stored year's row as it is, for comparing stored rows. */
    public void addYear(Year year, Change change) {
        years.merge(year, change, Change::plus);
    }

    /** Adds a stored day's row alone (its year is stored apart), for comparing stored rows. */
    public void addDay(Day day, Change change) {
        days.merge(day, change, Change::plus);
    }

    /** The day rows, without those of zero. */
    public Map<Day, Change> days() {
        Map<Day, Change> rows = new HashMap<>(days);
        rows.values().removeIf(Change::isZero);
        return rows;
    }

    /** The year rows, without those of zero. */
    public Map<Year, Change> years() {
        Map<Year, Change> rows = new HashMap<>(years);
        rows.values().removeIf(Change::isZero);
        return rows;
    }

    public boolean isEmpty() {
        return days().isEmpty() && years().isEmpty();
    }
}
