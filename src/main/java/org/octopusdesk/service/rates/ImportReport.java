package org.octopusdesk.service.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an import did: the days in the file and the first and last of them, the rates added, those already there
 * with the same value, and the conflicts: the same day and currency already stored with another value, reported
 * and not applied.
 */
public record ImportReport(long days, LocalDate firstDay, LocalDate lastDay, int added, int unchanged,
        List<Conflict> conflicts) {

    public ImportReport {
        conflicts = List.copyOf(conflicts);
    }

    /** A published rate that differs from the one already stored. */
    public record Conflict(String currency, LocalDate date, BigDecimal stored, BigDecimal inFile) {
    }
}
