package org.octopusdesk.service.csv;

import org.octopusdesk.domain.DomainException;

/** A CSV file refused whole before any record was looked at: not UTF-8, empty, malformed, a column missing. */
public class CsvRefusedException extends DomainException {

    private final int line;
    private final String column;

    /**
     * @param line where the problem is (the header is line 1), 0 when not known
     * @param column the column at fault, empty when the file as a whole is
     */
    public CsvRefusedException(int line, String column, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public String column() {
        return column;
    }
}
