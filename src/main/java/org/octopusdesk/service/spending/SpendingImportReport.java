package org.octopusdesk.service.spending;

import java.util.Comparator;
import java.util.List;
import org.octopusdesk.service.contributions.ImportProblem;

/**
 * What an import of expenditure lines did, or would have done.
 *
 * @param imported the lines imported; 0 when any was refused
 * @param errors the lines refused, by line number; when there is any, nothing was imported
 */
public record SpendingImportReport(int imported, List<ImportProblem> errors) {

    public SpendingImportReport {
        errors = errors.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
    }
}
