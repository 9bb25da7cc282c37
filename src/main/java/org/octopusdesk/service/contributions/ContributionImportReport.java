package org.octopusdesk.service.contributions;

import java.util.Comparator;
import java.util.List;

/**
 * What an import of contributions did, or would have done.
 *
 * @param errors lines that were refused; when there is any, nothing was imported
 * @param warnings lines that are allowed once a person confirms them (a payment above what is outstanding)
 */
public record ContributionImportReport(int pledges, int allocations, int payments, List<ImportProblem> errors,
        List<ImportProblem> warnings) {

    public ContributionImportReport {
        errors = errors.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
        warnings = warnings.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
    }

    /**
     * The message that sums the import up, with the three counts as its arguments: pledges with their earmarks and
     * payments, or, for a file of payments alone, the payments into pledges already recorded ("Imported 0 pledges
     * with 0 earmarks and 1 payment" said it in a roundabout way).
     */
    public String summaryKey() {
        return pledges == 0 && payments > 0 ? "cli.contributions.importedPayments" : "cli.contributions.imported";
    }
}
