package org.octopusdesk.service.contributions;

import java.util.List;

/**
 * What is wrong with one line of an import file, as a message key and its arguments.
 *
 * @param line the line in the file (the header is line 1)
 * @param column the column at fault, empty when the line as a whole is
 */
public record ImportProblem(int line, String column, String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }
}
