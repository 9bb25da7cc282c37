package org.octopusdesk.service.rates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.octopusdesk.domain.money.ExchangeRate;

/**
 * The ECB's CSV files: a header {@code Date,USD,JPY,...} then one line a day, each ending with a comma;
 * {@code N/A} where a currency has no rate. The history uses ISO dates, the daily file "13 April 2026".
 */
final class EcbCsvRates {

    /** Far longer than an ECB line (about 300 characters with every currency); a longer one is no ECB file's. */
    static final int MAX_LINE_LENGTH = 10_000;

    /** Strict, as {@link LocalDate#parse(CharSequence)} is: "31 February 2026" is no day, not the 28th. */
    private static final DateTimeFormatter DAILY_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private final RateValues values;

    EcbCsvRates(CurrencyCatalog currencies, LocalDate today) {
        this.values = new RateValues(currencies, today);
    }

    List<ExchangeRate> parse(String name, String text) {
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).length() > MAX_LINE_LENGTH) {
                throw new RatesFileException("error.ratesFile.lineTooLong", where(name, index + 1), MAX_LINE_LENGTH);
            }
        }
        String[] header = cells(lines.get(0));
        RateProblems problems = new RateProblems();
        // A column whose currency is unknown is noted and its values skipped, so that the other problems are told.
        // A currency named twice would have two rates a day, and which is right cannot be told: the file is refused.
        List<Optional<String>> codes = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (int column = 1; column < header.length; column++) {
            String code = header[column];
            Optional<String> known = problems.checked(() -> values.currency(code, where(name, 1)));
            if (known.isPresent() && !named.add(known.get())) {
                problems.note(new RatesFileException("error.ratesFile.duplicateCurrency", where(name, 1), code));
            }
            codes.add(known);
        }
        List<ExchangeRate> rates = new ArrayList<>();
        Set<LocalDate> days = new HashSet<>();
        for (int index = 1; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            String where = where(name, index + 1);
            String[] cells = cells(line);
            if (cells.length != header.length) {
                problems.note(new RatesFileException("error.ratesFile.columns", where, header.length, cells.length));
                continue;
            }
            Optional<LocalDate> date = problems.checked(() -> values.date(date(cells[0], where), where));
            if (date.isEmpty()) {
                continue;
            }
            if (!days.add(date.get())) {
                problems.note(new RatesFileException("error.ratesFile.duplicateDay", where, date.get()));
                continue;
            }
            for (int column = 1; column < cells.length; column++) {
                String cell = cells[column];
                Optional<String> code = codes.get(column - 1);
                if (code.isPresent() && !cell.isEmpty() && !cell.equals("N/A")) {
                    problems.checked(() -> values.rate(cell, where + ", " + code.get())).ifPresent(rate -> {
                        rates.add(ExchangeRate.ecb(code.get(), date.get(), rate));
                        values.count(rates.size(), name);
                    });
                }
            }
        }
        problems.refuseIfAny(name);
        if (days.isEmpty()) {
            throw new RatesFileException("error.ratesFile.noRates", name);
        }
        return rates;
    }

    /** The cells of a line, trimmed, without the empty cell the ECB's trailing comma makes. */
    private static String[] cells(String line) {
        String trimmed = line.strip();
        if (trimmed.endsWith(",")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        String[] cells = trimmed.split(",", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        return cells;
    }

    private static LocalDate date(String text, String where) {
        try {
            return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : LocalDate.parse(text, DAILY_DATE);
        } catch (DateTimeParseException e) {
            throw new RatesFileException("error.ratesFile.badDate", where, text);
        }
    }

    private static String where(String name, int line) {
        return name + ":" + line;
    }
}
