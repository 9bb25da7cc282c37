package org.octopusdesk.report.project;

import java.time.LocalDate;
import java.util.Objects;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.project.ProjectId;

/**
 * What a project report covers.
 *
 * @param from the first day of the period of "activities in the period" and funding received in it
 * @param asOf the report's date: time elapsed, money received and spent up to this day
 */
public record ProjectReportRequest(ProjectId project, LocalDate from, LocalDate to, LocalDate asOf,
        String language) {

    public ProjectReportRequest {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(language, "language");
        if (from.isAfter(to)) {
            throw new DomainException("report.error.fromAfterTo", from, to);
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
