package org.octopusdesk.domain.country;

import java.time.LocalDate;
import java.util.Optional;

/** The rule the three instruments share for a State: three months after its deposit, then the next month's first. */
public final class EntryIntoForce {

    private EntryIntoForce() {
    }

    /**
     * The date an instrument enters into force for a State that deposited on {@code deposit}, when the instrument
     * itself is in force since {@code instrumentInForce} (empty while it is not): a deposit before that date takes
     * effect on it.
     */
    public static Optional<LocalDate> forDeposit(LocalDate deposit, Optional<LocalDate> instrumentInForce) {
        if (instrumentInForce.isEmpty()) {
            return Optional.empty();
        }
        LocalDate byRule = afterThreeMonths(deposit);
        return Optional.of(byRule.isBefore(instrumentInForce.get()) ? instrumentInForce.get() : byRule);
    }

    /** The first day of the month following three months after {@code date}: 20 June 2024 gives 1 October 2024. */
    public static LocalDate afterThreeMonths(LocalDate date) {
        return date.plusMonths(3).withDayOfMonth(1).plusMonths(1);
    }
}
