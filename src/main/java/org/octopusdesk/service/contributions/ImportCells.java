package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.service.csv.CsvSheet;

/** The cells of a contributions file read as dates and numbers, every problem collected with its line. */
final class ImportCells {

    private final CsvSheet sheet;
    private final List<ImportProblem> errors = new ArrayList<>();

    ImportCells(CsvSheet sheet) {
        this.sheet = sheet;
    }

    List<ImportProblem> errors() {
        return errors;
    }

    String get(CSVRecord row, String column) {
        return sheet.get(row, column);
    }

    int line(CSVRecord row) {
        return sheet.line(row);
    }

    LocalDate date(CSVRecord row, String column, boolean required) {
        String text = get(row, column);
        if (text.isEmpty()) {
            if (required) {
                problem(row, column, "validation.required");
            }
            return null;
        }
        Optional<LocalDate> date = CsvSheet.date(text);
        if (date.isEmpty()) {
            problem(row, column, "error.import.badDate", text);
        }
        return date.orElse(null);
    }

    BigDecimal number(CSVRecord row, String column, boolean required) {
        String text = get(row, column);
        if (text.isEmpty()) {
            if (required) {
                problem(row, column, "validation.required");
            }
            return null;
        }
        Optional<BigDecimal> number = sheet.number(text);
        if (number.isEmpty()) {
            problem(row, column, "error.contributionImport.badNumber", text);
        }
        return number.orElse(null);
    }

    void problem(CSVRecord row, String column, FieldError error) {
        errors.add(new ImportProblem(line(row), column, error.messageKey(), error.arguments()));
    }

    void problem(CSVRecord row, String column, String messageKey, Object... arguments) {
        errors.add(new ImportProblem(line(row), column, messageKey, List.of(arguments)));
    }
}
