package org.octopusdesk.report.treaty;

import java.time.LocalDate;
import java.util.Objects;
import org.octopusdesk.domain.country.Instrument;

/**
 * What a treaty status report covers.
 *
 * @param asOf the date of the chart and its counts
 * @param from the first day of the period whose changes are listed, or {@code null} for no such list
 * @param to the last day of that period, or {@code null}
 */
public record TreatyReportRequest(Instrument instrument, LocalDate asOf, LocalDate from, LocalDate to,
        String language) {

    public TreatyReportRequest {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(language, "language");
        if ((from == null) != (to == null)) {
            throw new org.octopusdesk.domain.DomainException("report.treaty.error.halfPeriod");
        }
        if (from != null && to.isBefore(from)) {
            throw new org.octopusdesk.domain.DomainException("report.treaty.error.periodReversed");
        }
    }

    public boolean hasPeriod() {
        return from != null;
    }

    public boolean covers(LocalDate date) {
        return date != null && hasPeriod() && !date.isBefore(from) && !date.isAfter(to);
    }
}
