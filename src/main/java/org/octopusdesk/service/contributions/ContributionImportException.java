package org.octopusdesk.service.contributions;

import org.octopusdesk.domain.DomainException;

/**
 * An import was refused and changed nothing: some lines are bad, or some need a confirmation that was not given.
 */
public class ContributionImportException extends DomainException {

    private final transient ContributionImportReport report;

    public ContributionImportException(ContributionImportReport report) {
        super(report.errors().isEmpty() ? "error.contributionImport.needsConfirmation"
                : "error.contributionImport.refused", ImportProblem.linesOf(report.errors()),
                ImportProblem.linesOf(report.warnings()));
        this.report = report;
    }

    public ContributionImportReport report() {
        return report;
    }

    /** True when the file is good and only warnings wait for a confirmation. */
    public boolean onlyWarnings() {
        return report.errors().isEmpty();
    }
}
