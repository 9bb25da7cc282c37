package org.octopusdesk.service.spending;

import java.time.LocalDate;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.ExpenditureCategory;

/**
 * Which expenditure lines a list shows; every filter is optional ({@code null}: any). Lines come oldest first.
 *
 * @param from the first day, included
 * @param to the last day, included
 */
public record ExpenditureQuery(ProjectId project, ExpenditureCategory category, LocalDate from, LocalDate to) {

    /** Every line of every project. */
    public static ExpenditureQuery all() {
        return new ExpenditureQuery(null, null, null, null);
    }

    /** Every line of one project. */
    public static ExpenditureQuery of(ProjectId project) {
        return new ExpenditureQuery(project, null, null, null);
    }

    public ExpenditureQuery withCategory(ExpenditureCategory value) {
        return new ExpenditureQuery(project, value, from, to);
    }

    /** The lines of one calendar year; {@code null} for any year. */
    public ExpenditureQuery inYear(Integer year) {
        return year == null ? new ExpenditureQuery(project, category, null, null)
                : new ExpenditureQuery(project, category, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
