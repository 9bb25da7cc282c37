package org.octopusdesk.ui.reports;

import java.time.LocalDate;
import java.util.Locale;

/** The periods a person picks most: the last full year, this year so far, everything since the start. */
public enum PeriodPreset {
    LAST_YEAR, THIS_YEAR, SINCE_START, CUSTOM;

    public String messageKey() {
        return "reports.period." + name().toLowerCase(Locale.ROOT);
    }

    /** The first day of the period, given today and the first day anything happened ({@code start}). */
    LocalDate from(LocalDate today, LocalDate start) {
        return switch (this) {
            case LAST_YEAR -> LocalDate.of(today.getYear() - 1, 1, 1);
            case THIS_YEAR -> LocalDate.of(today.getYear(), 1, 1);
            case SINCE_START, CUSTOM -> start;
        };
    }

    LocalDate to(LocalDate today) {
        return this == LAST_YEAR ? LocalDate.of(today.getYear() - 1, 12, 31) : today;
    }
}
