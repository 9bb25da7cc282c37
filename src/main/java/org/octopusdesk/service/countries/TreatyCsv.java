package org.octopusdesk.service.countries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.Country;
import org.octopusdesk.domain.country.DepositKind;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.service.contributions.ImportProblem;
import org.octopusdesk.service.csv.CsvSheet;

/**
 * Reads a treaty chart file (columns in docs/treaties-csv.md) into chart lines, checking every line and collecting
 * every problem, so a refused file is refused once with all its faults.
 */
final class TreatyCsv {

    static final String COUNTRY = "country";
    static final String INSTRUMENT = "instrument";
    static final String SIGNATURE = "signature_date";
    static final String RATIFICATION = "ratification_date";
    static final String ENTRY_INTO_FORCE = "entry_into_force_date";
    static final String DEPOSIT_KIND = "deposit_kind";
    static final String FLAGS = "flags";
    static final String NOTES = "notes";
    static final String STATUS_AS_OF = "status_as_of";
    static final String SOURCE = "source";
    /** Every column the import reads; any other is refused, since its values would be lost. */
    static final List<String> COLUMNS = List.of(COUNTRY, INSTRUMENT, SIGNATURE, RATIFICATION, ENTRY_INTO_FORCE,
            DEPOSIT_KIND, FLAGS, NOTES, STATUS_AS_OF, SOURCE);

    /** The chart's flags as the Treaty Office's notes column writes them: "R. D. A.". */
    private static final Pattern NOTED_FLAG = Pattern.compile("(?<![A-Za-z])([RDATCO])\\.");
    private static final Pattern TERRITORY = Pattern.compile("(.+)\\(([^)]+)\\)\\s*");
    private static final Map<String, String> FIELD_COLUMNS = Map.of(TreatyRecord.COUNTRY, COUNTRY,
            TreatyRecord.INSTRUMENT, INSTRUMENT, TreatyRecord.SIGNATURE, SIGNATURE, TreatyRecord.DEPOSIT,
            RATIFICATION, TreatyRecord.ENTRY_INTO_FORCE, ENTRY_INTO_FORCE, TreatyRecord.NOTE, NOTES);

    private final CountryCatalog countries;
    private final Map<Instrument, Optional<LocalDate>> inForce;
    private final BiFunction<String, Instrument, Set<ChartFlag>> storedFlags;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final LocalDate today;

    /**
     * @param storedFlags the flags a country's line has now, kept when the file says nothing of them
     */
    TreatyCsv(CountryCatalog countries, Map<Instrument, Optional<LocalDate>> inForce,
            BiFunction<String, Instrument, Set<ChartFlag>> storedFlags, LocalDate today) {
        this.countries = countries;
        this.inForce = inForce;
        this.storedFlags = storedFlags;
        this.today = today;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    List<TreatyRecord> read(CsvSheet sheet) {
        problems.addAll(ImportProblem.unreadColumnsRefused(sheet, COLUMNS));
        problems.addAll(ImportProblem.controlCharacters(sheet, COLUMNS));
        List<TreatyRecord> records = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CSVRecord row : sheet.rows()) {
            int line = sheet.line(row);
            int before = problems.size();
            Optional<TreatyRecord> record = readLine(sheet, row, line);
            if (record.isEmpty()) {
                continue;
            }
            // A repeat is said even when the first line was refused: correcting that one would not mend this one.
            String key = record.get().countryCode() + "/" + record.get().instrument();
            Integer first = seen.putIfAbsent(key, line);
            if (first != null) {
                problem(line, COUNTRY, "error.treatyImport.duplicate", sheet.get(row, COUNTRY), first);
            } else if (problems.size() == before) {
                records.add(record.get());
            }
        }
        return records;
    }

    private Optional<TreatyRecord> readLine(CsvSheet sheet, CSVRecord row, int line) {
        Optional<Country> country = country(sheet.get(row, COUNTRY));
        if (country.isEmpty()) {
            problem(line, COUNTRY, "error.treatyImport.unknownCountry", sheet.get(row, COUNTRY));
        }
        Optional<Instrument> instrument = Instrument.parse(sheet.get(row, INSTRUMENT));
        if (instrument.isEmpty()) {
            problem(line, INSTRUMENT, "error.treatyImport.unknownInstrument", sheet.get(row, INSTRUMENT));
        }
        LocalDate signature = date(sheet, row, SIGNATURE, line);
        LocalDate deposit = date(sheet, row, RATIFICATION, line);
        LocalDate inForceGiven = date(sheet, row, ENTRY_INTO_FORCE, line);
        String notes = sheet.get(row, NOTES);
        DepositKind kind = depositKind(sheet.get(row, DEPOSIT_KIND), notes, signature, deposit, line);
        Optional<Set<ChartFlag>> given = flags(sheet, sheet.get(row, FLAGS), notes, line);
        if (country.isEmpty() || instrument.isEmpty()) {
            return Optional.empty();
        }
        Set<ChartFlag> flags = given.orElseGet(() -> storedFlags.apply(country.get().code(), instrument.get()));
        String asOf = sheet.get(row, STATUS_AS_OF);
        String note = asOf.isEmpty() ? notes : notes + " [status as of " + asOf + "]";
        TreatyRecord plain = new TreatyRecord(country.get().code(), instrument.get(), signature, deposit, kind,
                null, "", flags, note, sheet.get(row, SOURCE));
        TreatyRecord record = plain;
        if (inForceGiven != null && !plain.ruleGives(inForceGiven, inForce.get(instrument.get()))) {
            // The file's date differs from the rule's (or the rule gives none yet): the file's wins, said so.
            record = new TreatyRecord(plain.countryCode(), plain.instrument(), signature, deposit, kind,
                    inForceGiven, "imported chart", flags, note, plain.source());
        }
        List<FieldError> errors = new ArrayList<>(record.validate());
        errors.addAll(record.notYetHappened(today));
        for (FieldError error : errors) {
            problem(line, FIELD_COLUMNS.getOrDefault(error.field(), ""), error.messageKey(),
                    error.arguments().toArray());
        }
        return Optional.of(record);
    }

    /** A country by name or code; "Netherlands (Curaçao)", a territorial application, names the territory. */
    private Optional<Country> country(String text) {
        Optional<Country> named = countries.byName(text);
        Matcher territory = TERRITORY.matcher(text);
        if (named.isEmpty() && territory.matches()) {
            return countries.byName(territory.group(2)).or(() -> countries.byName(territory.group(1)));
        }
        return named;
    }

    private DepositKind depositKind(String given, String notes, LocalDate signature, LocalDate deposit, int line) {
        if (!given.isEmpty()) {
            try {
                return DepositKind.valueOf(given.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problem(line, DEPOSIT_KIND, "error.treatyImport.unknownDepositKind", given);
                return null;
            }
        }
        if (deposit == null) {
            return null;
        }
        boolean saysAccession = notes.toLowerCase(Locale.ROOT).contains("accession");
        return signature == null && saysAccession ? DepositKind.ACCESSION : DepositKind.RATIFICATION;
    }

    /**
     * The line's flags: its {@code flags} value when the file has that column (empty is none), else those in the
     * chart's notes column quoted in {@code notes}; nothing when the line says nothing of them, so that the stored
     * ones are kept rather than erased by a file that never carried them.
     */
    private Optional<Set<ChartFlag>> flags(CsvSheet sheet, String given, String notes, int line) {
        if (sheet.hasColumn(FLAGS)) {
            if (!given.toUpperCase(Locale.ROOT).matches("[RDATCO.\\s]*")) {
                problem(line, FLAGS, "error.treatyImport.unknownFlags", given);
                return Optional.of(EnumSet.noneOf(ChartFlag.class));
            }
            return Optional.of(ChartFlag.parse(given));
        }
        // Only the chart's own notes column carries the flags; elsewhere "A." may be any abbreviation.
        int column = notes.indexOf("notes column:");
        if (column < 0) {
            return Optional.empty();
        }
        Set<ChartFlag> flags = EnumSet.noneOf(ChartFlag.class);
        Matcher noted = NOTED_FLAG.matcher(notes.substring(column));
        while (noted.find()) {
            flags.add(ChartFlag.valueOf(noted.group(1)));
        }
        return Optional.of(flags);
    }

    private LocalDate date(CsvSheet sheet, CSVRecord row, String column, int line) {
        String text = sheet.get(row, column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<LocalDate> date = CsvSheet.date(text);
        if (date.isEmpty()) {
            problem(line, column, "error.import.badDate", text);
        }
        return date.orElse(null);
    }

    private void problem(int line, String column, String key, Object... arguments) {
        problems.add(new ImportProblem(line, column, key, List.of(arguments)));
    }
}
