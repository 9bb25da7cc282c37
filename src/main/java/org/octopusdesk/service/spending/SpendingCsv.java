package org.octopusdesk.service.spending;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.service.csv.CsvSheet;
import org.octopusdesk.service.csv.SpreadsheetText;

/**
 * The CSV file of expenditure lines, one line each. Export writes the columns import reads, plus each line's
 * conversion (which import does not read: it converts again by the same rules, from {@code bank_eur} when given).
 * The columns are documented in docs/spending-csv.md.
 */
public final class SpendingCsv {

    public static final String PROJECT = "project";
    public static final String DATE = "date";
    public static final String CATEGORY = "category";
    public static final String DESCRIPTION = "description";
    public static final String AMOUNT = "amount";
    public static final String CURRENCY = "currency";
    public static final String BANK_EUR = "bank_eur";
    /** Written on export only. */
    public static final String RATE = "rate";
    public static final String RATE_DATE = "rate_date";
    public static final String SOURCE = "source";
    public static final String EUR = "eur";

    /** The columns an import needs in its header; {@code bank_eur} may be left out. */
    public static final List<String> REQUIRED = List.of(PROJECT, DATE, CATEGORY, DESCRIPTION, AMOUNT, CURRENCY);
    public static final List<String> COLUMNS = List.of(PROJECT, DATE, CATEGORY, DESCRIPTION, AMOUNT, CURRENCY,
            BANK_EUR, RATE, RATE_DATE, SOURCE, EUR);
    /** The source written for an amount in euros, which needs no rate. */
    public static final String EURO_SOURCE = "EURO";

    private final CSVPrinter printer;

    private SpendingCsv(CSVPrinter printer) {
        this.printer = printer;
    }

    /** Starts an export: writes the header. */
    public static SpendingCsv writer(Writer out) {
        return new SpendingCsv(CsvSheet.printer(out, COLUMNS));
    }

    /** Writes one line; the bank's euros go back into {@code bank_eur}, so the file imports as the same line. */
    public void write(Expenditure line) {
        boolean bank = line.rate().map(rate -> rate.source() == RateSource.BANK_ACTUAL).orElse(false);
        try {
            printer.printRecord(SpreadsheetText.protect(line.projectCode()), line.spentOn(), line.category().label(),
                    SpreadsheetText.protect(line.description()),
                    plain(line.amount().amount()), line.amount().currency(),
                    bank ? plain(line.euros().amount()) : "",
                    line.rate().map(rate -> plain(rate.unitsPerEuro())).orElse(""),
                    line.rate().map(rate -> rate.date().toString()).orElse(""),
                    line.rate().map(rate -> rate.source().name()).orElse(EURO_SOURCE),
                    plain(line.euros().amount()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}
