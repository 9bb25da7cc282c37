package org.octopusdesk.report.donor;

import java.time.LocalDate;
import java.util.Objects;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.ProjectId;

/**
 * What a donor report covers.
 *
 * @param donor one donor, or {@code null} for all donors
 * @param project only contributions earmarked to this project, or {@code null} for all
 * @param from the first day of the period (agreements and payments), included
 * @param to the last day of the period, included
 * @param asOf the report's date: outstanding amounts and projects' progress are as of this day
 * @param language "en" or "fr"
 * @param withNotes whether the notes recorded with the contributions, their earmarks and payments are printed:
 *     they are the secretariat's own ("Illustrative: the value date is not public"), so only when asked
 */
public record DonorReportRequest(DonorId donor, ProjectId project, LocalDate from, LocalDate to, LocalDate asOf,
        String language, boolean withNotes) {

    public DonorReportRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(language, "language");
        if (from.isAfter(to)) {
            throw new DomainException("report.error.fromAfterTo", from, to);
        }
    }

    /** A report without the secretariat's notes, as a donor receives it. */
    public DonorReportRequest(DonorId donor, ProjectId project, LocalDate from, LocalDate to, LocalDate asOf,
            String language) {
        this(donor, project, from, to, asOf, language, false);
    }

    public boolean allDonors() {
        return donor == null;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
