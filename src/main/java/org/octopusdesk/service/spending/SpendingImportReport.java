package org.octopusdesk.service.spending;

import java.util.Comparator;
import java.util.List;
import org.octopusdesk.service.contributions.ImportProblem;

/**
 * What an import of expenditure lines did, or would have done.
 *
 * @param imported the lines imported; 0 when any was refused
 * @param errors the lines refused, by line number; when there is any, nothing was imported
 * @param warnings the lines that repeat one already recorded or an earlier one of the file, by line number: imported
 *     only once confirmed
 */
public record SpendingImportReport(int imported, List<ImportProblem> errors, List<ImportProblem> warnings) {

    public SpendingImportReport {
        errors = errors.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
        warnings = warnings.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
    }

    /** A report without warnings. */
    public SpendingImportReport(int imported, List<ImportProblem> errors) {
        this(imported, errors, List.of());
    }
}
