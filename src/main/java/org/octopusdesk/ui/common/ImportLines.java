package org.octopusdesk.ui.common;

import java.util.List;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.contributions.ImportProblem;

/** An import's problems as a dialog lists them, one line each: "Line 3 date: …", "Line 2: …". */
public final class ImportLines {

    private ImportLines() {
    }

    public static List<String> of(Messages messages, List<ImportProblem> problems) {
        return problems.stream().map(problem -> messages.problemOnLine(problem.line(), problem.column(),
                problem.messageKey(), problem.arguments())).toList();
    }
}
