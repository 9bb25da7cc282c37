package org.octopusdesk.service.contributions;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.ControlCharacters;
import org.octopusdesk.domain.NearMatches;
import org.octopusdesk.service.csv.CsvSheet;

/**
 * What is wrong with one line of an import file, as a message key and its arguments.
 *
 * @param line the line in the file (the header is line 1)
 * @param column the column at fault, empty when the line as a whole is
 * @param arguments the message's arguments; a text from the file longer than {@link #SHOWN_CHARACTERS} is cut
 *     there and ends with "…", so a huge bad value never floods a message, a terminal or the log
 */
public record ImportProblem(int line, String column, String messageKey, List<Object> arguments) {

    /** How much of a value from the file a message repeats: enough to find it in the file. */
    public static final int SHOWN_CHARACTERS = 60;

    public ImportProblem {
        arguments = arguments.stream().map(ImportProblem::shortened).toList();
    }

    /**
     * A warning for each column of {@code sheet}'s header that the import does not read (none of {@code known}),
     * naming the closest it does read: a misspelt optional column ("notes" for "note") would otherwise leave its
     * values out unsaid (decision 0049).
     */
    public static List<ImportProblem> unreadColumns(CsvSheet sheet, List<String> known) {
        return unreadColumns(sheet, known, "warning.import.unreadColumn");
    }

    /**
     * The same columns as faults, for the imports that have no warnings to confirm (participants, treaty charts):
     * the file is refused until each is renamed or removed (decision 0051).
     */
    public static List<ImportProblem> unreadColumnsRefused(CsvSheet sheet, List<String> known) {
        return unreadColumns(sheet, known, "error.import.unreadColumn");
    }

    private static List<ImportProblem> unreadColumns(CsvSheet sheet, List<String> known, String key) {
        return sheet.columnsNotIn(known).stream().map(column -> {
            List<String> near = NearMatches.of(column, known);
            String written = sheet.written(column);
            return near.isEmpty()
                    ? new ImportProblem(sheet.headerLine(), written, key, List.of(written))
                    : new ImportProblem(sheet.headerLine(), written, key + ".near", List.of(written, near.get(0)));
        }).toList();
    }

    /**
     * A fault for each value in {@code columns} holding a character {@link ControlCharacters} refuses: it comes
     * from a broken export, never from what a person meant to write.
     */
    public static List<ImportProblem> controlCharacters(CsvSheet sheet, List<String> columns) {
        List<ImportProblem> problems = new ArrayList<>();
        for (CSVRecord row : sheet.rows()) {
            for (String column : columns) {
                ControlCharacters.first(sheet.get(row, column)).ifPresent(found -> problems.add(new ImportProblem(
                        sheet.line(row), column, "error.import.controlCharacter", List.of(found))));
            }
        }
        return problems;
    }

    /** How many lines of the file the problems are on: a line with three faults is one line to correct. */
    public static int linesOf(List<ImportProblem> problems) {
        return (int) problems.stream().mapToInt(ImportProblem::line).distinct().count();
    }

    private static Object shortened(Object argument) {
        if (argument instanceof String text && text.length() > SHOWN_CHARACTERS) {
            int end = SHOWN_CHARACTERS;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            return text.substring(0, end) + "…";
        }
        return argument;
    }
}
