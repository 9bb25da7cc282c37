package org.octopusdesk.domain.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How much of a project's time has gone by on a given date.
 *
 * <p>Both the start and the end day belong to the project, so 1 Jan 2014 – 31 Dec 2020 is 2,557 days. A day
 * counts as elapsed once it is over: on the start day nothing has elapsed yet, on the end day one day
 * remains, and from the day after the end every day has elapsed.
 *
 * @param percentElapsed share of the days elapsed, 0 to 100, with one decimal
 */
public record ProjectDuration(
        LocalDate start,
        LocalDate end,
        LocalDate asOf,
        long totalDays,
        long elapsedDays,
        long remainingDays,
        BigDecimal percentElapsed,
        DurationState state) {

    /** A running project whose end is this many days away or fewer gets a warning. */
    public static final int END_WARNING_DAYS = 90;

    public static ProjectDuration of(LocalDate start, LocalDate end, LocalDate asOf) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(asOf, "asOf");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        long total = ChronoUnit.DAYS.between(start, end) + 1;
        long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(start, asOf)));
        BigDecimal percent = BigDecimal.valueOf(elapsed * 100)
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
        return new ProjectDuration(start, end, asOf, total, elapsed, total - elapsed, percent,
                stateOf(start, end, asOf));
    }

    private static DurationState stateOf(LocalDate start, LocalDate end, LocalDate asOf) {
        if (asOf.isBefore(start)) {
            return DurationState.NOT_STARTED;
        }
        return asOf.isAfter(end) ? DurationState.ENDED : DurationState.RUNNING;
    }

    /** Share of time elapsed between 0 and 1, for progress bars. */
    public double fractionElapsed() {
        return (double) elapsedDays / totalDays;
    }

    /** Whole calendar months from the date to the end (0 once ended). */
    public long monthsRemaining() {
        if (state == DurationState.ENDED) {
            return 0;
        }
        return ChronoUnit.MONTHS.between(asOf.isBefore(start) ? start : asOf, end.plusDays(1));
    }

    /** Running and ending within {@value #END_WARNING_DAYS} days. */
    public boolean endsSoon() {
        return state == DurationState.RUNNING && remainingDays <= END_WARNING_DAYS;
    }
}
