package org.octopusdesk.service.spending;

import org.octopusdesk.domain.DomainException;

/** An import of expenditure lines was refused and changed nothing; its report lists every bad line. */
public class SpendingImportException extends DomainException {

    private final transient SpendingImportReport report;

    public SpendingImportException(SpendingImportReport report) {
        super("error.contributionImport.refused",
                org.octopusdesk.service.contributions.ImportProblem.linesOf(report.errors()));
        this.report = report;
    }

    public SpendingImportReport report() {
        return report;
    }
}
