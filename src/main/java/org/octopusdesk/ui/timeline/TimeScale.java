package org.octopusdesk.ui.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Maps dates to horizontal positions: {@code from} at 0, the day after {@code toInclusive}'s year ends at
 * {@code width}. Dates outside the range map outside [0, width], so bars can be clipped.
 */
public record TimeScale(int fromYear, int toYear, double width) {

    public TimeScale {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("toYear " + toYear + " before fromYear " + fromYear);
        }
    }

    public LocalDate firstDay() {
        return LocalDate.of(fromYear, 1, 1);
    }

    public LocalDate dayAfterLast() {
        return LocalDate.of(toYear + 1, 1, 1);
    }

    public double x(LocalDate date) {
        long days = ChronoUnit.DAYS.between(firstDay(), dayAfterLast());
        return width * ChronoUnit.DAYS.between(firstDay(), date) / days;
    }

    /** The horizontal span of the days {@code start} to {@code endInclusive}, clipped; empty if outside. */
    public double[] span(LocalDate start, LocalDate endInclusive) {
        double left = Math.max(0, x(start));
        double right = Math.min(width, x(endInclusive.plusDays(1)));
        return right <= left ? new double[0] : new double[] {left, right};
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && date.isBefore(dayAfterLast());
    }
}
