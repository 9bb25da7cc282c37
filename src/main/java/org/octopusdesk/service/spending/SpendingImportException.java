package org.octopusdesk.service.spending;

import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.contributions.ImportProblem;

/**
 * An import of expenditure lines was refused and changed nothing; its report lists every bad line, or, when none is
 * bad, every line that repeats one already recorded and waits for a confirmation.
 */
public class SpendingImportException extends DomainException {

    private final transient SpendingImportReport report;

    public SpendingImportException(SpendingImportReport report) {
        super(report.errors().isEmpty() ? "error.contributionImport.needsConfirmation"
                : "error.contributionImport.refused", ImportProblem.linesOf(report.errors()),
                ImportProblem.linesOf(report.warnings()));
        this.report = report;
    }

    /** True when the file is good and only repeated lines wait for a confirmation. */
    public boolean onlyWarnings() {
        return report.errors().isEmpty();
    }

    public SpendingImportReport report() {
        return report;
    }
}
