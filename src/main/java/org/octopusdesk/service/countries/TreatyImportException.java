package org.octopusdesk.service.countries;

import java.util.Comparator;
import java.util.List;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.contributions.ImportProblem;

/** A treaty chart file refused as a whole, with every problem found on its lines, in the file's order. */
public class TreatyImportException extends DomainException {

    private final transient List<ImportProblem> problems;

    public TreatyImportException(List<ImportProblem> problems) {
        // Counted by line, as every other import counts what is to correct: a line may have several faults.
        super("error.treatyImport.refused", ImportProblem.linesOf(problems));
        this.problems = problems.stream().sorted(Comparator.comparingInt(ImportProblem::line)).toList();
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
