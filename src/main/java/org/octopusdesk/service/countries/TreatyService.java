package org.octopusdesk.service.countries;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.EntryIntoForce;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.domain.country.TreatyCounts;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.contributions.ImportProblem;
import org.octopusdesk.service.csv.CsvRefusedException;
import org.octopusdesk.service.csv.CsvSheet;

/** The charts of the three instruments: reading them as of a date, counting, changing a line, importing a file. */
public class TreatyService {

    public static final String AUDIT_TYPE = "TREATY_STATUS";
    public static final String STATUS_AUDIT_TYPE = "TCY_STATUS";
    public static final String FILE_AUDIT_TYPE = "TREATY_FILE";

    private final CountryCatalog countries;
    private final TreatyRepository treaties;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public TreatyService(CountryCatalog countries, TreatyRepository treaties, Transactions transactions, Clock clock,
            Auditor auditor) {
        this.countries = countries;
        this.treaties = treaties;
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** The instrument's chart as recorded, in the order of the countries' English names. */
    public List<ChartLine> chart(Instrument instrument) {
        return transactions.inTransaction(() -> {
            Optional<LocalDate> inForce = instrumentInForce(instrument, treaties.chart(instrument));
            return treaties.chart(instrument).stream()
                    .map(record -> new ChartLine(countries.find(record.countryCode()).orElseThrow(), record,
                            record.entryIntoForce(inForce)))
                    .sorted(Comparator.comparing(line -> line.country().nameEn())).toList();
        });
    }

    /** A country's lines, one per instrument it has one for. */
    public List<ChartLine> ofCountry(String countryCode) {
        return transactions.inTransaction(() -> treaties.ofCountry(countryCode).stream()
                .map(record -> new ChartLine(countries.find(record.countryCode()).orElseThrow(), record,
                        record.entryIntoForce(instrumentInForce(record.instrument(),
                                treaties.chart(record.instrument())))))
                .sorted(Comparator.comparing(line -> line.record().instrument())).toList());
    }

    /** The instrument's counts on {@code date}. */
    public TreatyCounts counts(Instrument instrument, LocalDate date) {
        return transactions.inTransaction(() -> {
            List<TreatyRecord> chart = treaties.chart(instrument);
            Optional<LocalDate> inForce = instrumentInForce(instrument, chart);
            int parties = (int) chart.stream().filter(record -> record.isPartyOn(date)).count();
            // Only Parties count: a territory's entry into force (Curaçao) is its State's, not one more Party.
            int bound = (int) chart.stream().filter(record -> record.isPartyOn(date) && record.entryIntoForce(inForce)
                    .filter(since -> !since.isAfter(date)).isPresent()).count();
            int signatories = (int) chart.stream().filter(record -> record.isSignatoryOnlyOn(date)).count();
            return new TreatyCounts(instrument, date, parties, bound, signatories, invitedOn(date));
        });
    }

    /** The number of Parties after each date on which it changed, oldest first. */
    public List<PartiesOnDate> partiesOverTime(Instrument instrument) {
        return transactions.inTransaction(() -> {
            TreeMap<LocalDate, Integer> deposits = treaties.chart(instrument).stream()
                    .filter(record -> record.deposit() != null)
                    .collect(Collectors.toMap(TreatyRecord::deposit, record -> 1, Integer::sum, TreeMap::new));
            List<PartiesOnDate> steps = new ArrayList<>();
            int parties = 0;
            for (Map.Entry<LocalDate, Integer> day : deposits.entrySet()) {
                parties += day.getValue();
                steps.add(new PartiesOnDate(day.getKey(), parties));
            }
            return steps;
        });
    }

    /** Saves a country's line for an instrument, replacing the one it had. */
    public void save(TreatyRecord entered) {
        transactions.inTransaction(() -> {
            TreatyRecord record = ruleDateAsTheRule(entered);
            List<FieldError> errors = new ArrayList<>(record.validate());
            errors.addAll(record.notYetHappened(LocalDate.now(clock)));
            if (record.countryCode() != null && countries.find(record.countryCode()).isEmpty()) {
                errors.add(FieldError.of(TreatyRecord.COUNTRY, "validation.country.unknown", record.countryCode()));
            }
            if (record.entryIntoForceOverride() != null && record.overrideNote().isEmpty()) {
                errors.add(FieldError.of(TreatyRecord.OVERRIDE_NOTE, "validation.treaty.overrideNoteRequired"));
            }
            ValidationException.throwIfAny(errors);
            Optional<TreatyRecord> before = treaties.find(record.countryCode(), record.instrument());
            treaties.save(record, clock.instant());
            auditor.record(AUDIT_TYPE, record.countryCode() + "/" + record.instrument(),
                    before.isPresent() ? AuditEntry.Action.UPDATE : AuditEntry.Action.CREATE,
                    before.map(TreatyService::values).orElse(null), values(record));
        });
    }

    /**
     * An entry into force entered as the very date the rule gives is no exception to the rule: the line is saved
     * without it, so it needs no note and follows the rule, as an imported chart's line does.
     */
    private TreatyRecord ruleDateAsTheRule(TreatyRecord record) {
        if (record.entryIntoForceOverride() == null || record.deposit() == null || record.instrument() == null) {
            return record;
        }
        TreatyRecord plain = record.withoutOverride();
        List<TreatyRecord> chart = new ArrayList<>(treaties.chart(record.instrument()).stream()
                .filter(line -> !line.countryCode().equals(record.countryCode())).toList());
        chart.add(plain);
        return plain.ruleGives(record.entryIntoForceOverride(), instrumentInForce(record.instrument(), chart))
                ? plain : record;
    }

    /** Records a T-CY status (observer, ad hoc observer, invited, none) from a date on. */
    public void recordStatus(TcyStatusEntry entry) {
        transactions.inTransaction(() -> {
            List<FieldError> errors = new ArrayList<>();
            if (countries.find(entry.countryCode()).isEmpty()) {
                errors.add(FieldError.of("country", "validation.country.unknown", entry.countryCode()));
            }
            if (entry.status() == null || entry.status() == TcyStatus.PARTY) {
                errors.add(FieldError.of("status", "validation.tcyStatus.recordable"));
            }
            if (entry.validFrom() == null) {
                errors.add(FieldError.of("validFrom", "validation.required"));
            }
            if (entry.note().length() > TcyStatusEntry.NOTE_MAX) {
                errors.add(FieldError.of(TcyStatusEntry.NOTE, "validation.tooLong", TcyStatusEntry.NOTE_MAX));
            }
            ValidationException.throwIfAny(errors);
            treaties.saveStatus(entry, clock.instant());
            Map<String, String> values = new LinkedHashMap<>();
            values.put("tcyStatus.status", entry.status().messageKey());
            values.put("tcyStatus.validFrom", entry.validFrom().toString());
            values.put("tcyStatus.note", entry.note());
            auditor.record(STATUS_AUDIT_TYPE, entry.countryCode(), AuditEntry.Action.CREATE, null, values);
        });
    }

    /**
     * Imports a chart file, all or nothing: every line is checked before anything is written.
     *
     * @return the number of lines saved
     * @throws TreatyImportException listing every problem by line when the file is refused
     */
    public int importFile(Path file) {
        return importSheet(() -> CsvSheet.read(file), String.valueOf(file.getFileName()));
    }

    public int importText(String text, String name) {
        return importSheet(() -> CsvSheet.parse(text), name);
    }

    private int importSheet(Supplier<CsvSheet> reader, String name) {
        CsvSheet sheet;
        try {
            // A line replaces the country's dates: a file without their columns would erase them all.
            sheet = reader.get().requireColumns(List.of(TreatyCsv.COUNTRY, TreatyCsv.INSTRUMENT, TreatyCsv.SIGNATURE,
                    TreatyCsv.RATIFICATION), TreatyCsv.COLUMNS).requireRows();
        } catch (CsvRefusedException refused) {
            throw new TreatyImportException(List.of(new ImportProblem(refused.line(), refused.column(),
                    refused.messageKey(), refused.arguments())));
        }
        return transactions.inTransaction(() -> {
            Map<Instrument, Optional<LocalDate>> inForce = new EnumMap<>(Instrument.class);
            Map<String, Set<ChartFlag>> storedFlags = new HashMap<>();
            for (Instrument instrument : Instrument.values()) {
                List<TreatyRecord> chart = treaties.chart(instrument);
                inForce.put(instrument, instrumentInForce(instrument, chart));
                chart.forEach(line -> storedFlags.put(line.countryCode() + "/" + instrument, line.flags()));
            }
            TreatyCsv csv = new TreatyCsv(countries, inForce, (country, instrument) -> storedFlags.getOrDefault(
                    country + "/" + instrument, Set.of()), LocalDate.now(clock));
            List<TreatyRecord> records = csv.read(sheet);
            if (!csv.problems().isEmpty()) {
                throw new TreatyImportException(csv.problems());
            }
            records.forEach(record -> treaties.save(record, clock.instant()));
            auditor.record(FILE_AUDIT_TYPE, name, AuditEntry.Action.IMPORT, null,
                    Map.of("treatyImport.lines", String.valueOf(records.size())));
            return records.size();
        });
    }

    private int invitedOn(LocalDate date) {
        Map<String, List<TcyStatusEntry>> byCountry = treaties.statuses().stream()
                .collect(Collectors.groupingBy(TcyStatusEntry::countryCode));
        int invited = 0;
        for (Map.Entry<String, List<TcyStatusEntry>> country : byCountry.entrySet()) {
            TcyStatus status = CountryService.statusOn(treaties.find(country.getKey(), Instrument.ETS185),
                    country.getValue(), date);
            invited += status == TcyStatus.INVITED ? 1 : 0;
        }
        return invited;
    }

    /**
     * When the instrument itself entered into force: the known date, or the rule applied to the deposit that made
     * up the number it needs.
     */
    static Optional<LocalDate> instrumentInForce(Instrument instrument, List<TreatyRecord> chart) {
        if (instrument.inForceSince().isPresent()) {
            return instrument.inForceSince();
        }
        List<LocalDate> deposits = chart.stream().map(TreatyRecord::deposit).filter(java.util.Objects::nonNull)
                .sorted().toList();
        int needed = instrument.depositsToEnterIntoForce();
        return deposits.size() < needed ? Optional.empty()
                : Optional.of(EntryIntoForce.afterThreeMonths(deposits.get(needed - 1)));
    }

    private static Map<String, String> values(TreatyRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("treaty.signature", String.valueOf(record.signature()));
        values.put("treaty.deposit", String.valueOf(record.deposit()));
        values.put("treaty.depositKind", record.depositKind() == null ? "" : record.depositKind().messageKey());
        values.put("treaty.entryIntoForce", String.valueOf(record.entryIntoForceOverride()));
        values.put("treaty.overrideNote", record.overrideNote());
        values.put("treaty.flags", ChartFlag.code(record.flags()));
        values.put("treaty.note", record.note());
        return values;
    }
}
