package org.octopusdesk.service.rates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.money.Conversion;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/**
 * Exchange rates and conversion to euros, as the money rules of the domain notes say: ECB rates of the value
 * date or of the last publication up to four days before; a longer gap is an error the person sees; a published
 * rate never silently changes.
 */
public class RatesService {

    /** The full ECB history shipped with the application (sources in SOURCES.md beside it). */
    static final String SHIPPED_HISTORY = "/org/octopusdesk/reference/eurofxref-hist.csv";

    /** The record type of rates in the audit trail; an import is recorded under the key of its source. */
    public static final String AUDIT_TYPE = "RATE";

    private final ExchangeRateRepository rates;
    private final Transactions transactions;
    private final CurrencyCatalog currencies;
    private final Clock clock;
    private final Auditor auditor;

    public RatesService(ExchangeRateRepository rates, Transactions transactions, CurrencyCatalog currencies,
            Clock clock, Auditor auditor) {
        this.rates = rates;
        this.transactions = transactions;
        this.currencies = currencies;
        this.clock = clock;
        this.auditor = auditor;
    }

    public CurrencyCatalog currencies() {
        return currencies;
    }

    /** Imports an ECB file of any published format. The whole file is checked first; then all of it or nothing. */
    public ImportReport importFile(Path file, DoubleConsumer progress) {
        progress.accept(0.05);
        List<ExchangeRate> read = new EcbRatesReader(currencies, LocalDate.now(clock)).read(file);
        return store(file.getFileName().toString(), "audit.rates.origin.imported", read, progress);
    }

    /**
     * Imports an ECB file downloaded from {@code source}, with the same checks and the same all-or-nothing rule as a
     * file a person chose; the audit trail names the address it came from.
     *
     * @param file the downloaded bytes, read under the name of the address's last segment
     */
    public ImportReport importDownload(URI source, Path file, DoubleConsumer progress) {
        progress.accept(0.05);
        String path = source.getPath() == null ? "" : source.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        List<ExchangeRate> read;
        try (InputStream in = Files.newInputStream(file)) {
            read = new EcbRatesReader(currencies, LocalDate.now(clock)).read(name.isEmpty() ? "ecb" : name, in);
        } catch (IOException e) {
            throw new RatesFileException("error.ratesFile.unreadable", name);
        }
        return store(source.toString(), "audit.rates.origin.downloaded", read, progress);
    }

    /** Loads the ECB history shipped with the application; run again, it adds nothing. */
    public ImportReport importShippedHistory(DoubleConsumer progress) {
        progress.accept(0.05);
        try (InputStream in = RatesService.class.getResourceAsStream(SHIPPED_HISTORY)) {
            if (in == null) {
                throw new IllegalStateException("ECB history missing from the application: " + SHIPPED_HISTORY);
            }
            return store("eurofxref-hist.csv", "audit.rates.origin.shipped",
                    new EcbRatesReader(currencies, LocalDate.now(clock)).read("eurofxref-hist.csv", in), progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Stores the rates not there yet, in one transaction with the audit entry of the import. The rates of a bulk
     * import are traced by that one entry (file, counts) and their own recorded time, not one entry each.
     */
    private ImportReport store(String fileName, String originKey, List<ExchangeRate> read,
            DoubleConsumer progress) {
        progress.accept(0.2);
        ImportReport report = transactions.inTransaction(() -> {
            Map<String, ExchangeRate> stored = new HashMap<>();
            for (ExchangeRate rate : rates.findAll(RateSource.ECB)) {
                stored.put(key(rate), rate);
            }
            progress.accept(0.5);
            List<ExchangeRate> added = new ArrayList<>();
            List<ImportReport.Conflict> conflicts = new ArrayList<>();
            int unchanged = 0;
            for (ExchangeRate rate : read) {
                ExchangeRate existing = stored.get(key(rate));
                if (existing == null) {
                    added.add(rate);
                } else if (existing.sameValueAs(rate)) {
                    unchanged++;
                } else {
                    conflicts.add(new ImportReport.Conflict(rate.currency(), rate.date(), existing.unitsPerEuro(),
                            rate.unitsPerEuro()));
                }
            }
            rates.insert(added, clock.instant(), share -> progress.accept(0.5 + share / 2));
            long days = read.stream().map(ExchangeRate::date).distinct().count();
            LocalDate first = read.stream().map(ExchangeRate::date).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = read.stream().map(ExchangeRate::date).max(LocalDate::compareTo).orElseThrow();
            ImportReport result = new ImportReport(days, first, last, added.size(), unchanged, conflicts);
            Map<String, String> values = new LinkedHashMap<>();
            values.put("audit.rates.file", fileName);
            values.put("audit.rates.origin", originKey);
            values.put("audit.rates.days", Long.toString(result.days()));
            values.put("audit.rates.added", Integer.toString(result.added()));
            values.put("audit.rates.unchanged", Integer.toString(result.unchanged()));
            values.put("audit.rates.conflicts", Integer.toString(result.conflicts().size()));
            auditor.record(AUDIT_TYPE, RateSource.ECB.name(), AuditEntry.Action.IMPORT, null, values);
            return result;
        });
        progress.accept(1.0);
        return report;
    }

    private static String key(ExchangeRate rate) {
        return rate.currency() + "|" + rate.date();
    }

    /** The ECB rate that applies to {@code currency} on {@code date}, or an error naming the last one there is. */
    public ExchangeRate rateFor(String currency, LocalDate date) {
        CurrencyInfo info = currencies.require(currency);
        return transactions.inTransaction(() -> Conversion.applicableRate(info.code(), date,
                rates.latestOnOrBefore(info.code(), date, RateSource.ECB)));
    }

    /**
     * The rate a payment is converted at: the ECB rate that applies on the value date; when the ECB has none close
     * enough (a gap, a suspended currency), a manual rate a person entered for it, with its note; else the ECB's
     * error, naming the last date it published.
     */
    public ExchangeRate paymentRate(String currency, LocalDate valueDate) {
        CurrencyInfo info = currencies.require(currency);
        return transactions.inTransaction(() -> {
            try {
                return Conversion.applicableRate(info.code(), valueDate,
                        rates.latestOnOrBefore(info.code(), valueDate, RateSource.ECB));
            } catch (DomainException noEcbRate) {
                Optional<ExchangeRate> manual = rates.latestOnOrBefore(info.code(), valueDate, RateSource.MANUAL)
                        .filter(rate -> !rate.date().isBefore(valueDate.minusDays(Conversion.MAX_DAYS_BACK)));
                return manual.orElseThrow(() -> noEcbRate);
            }
        });
    }

    /**
     * The latest ECB rate on or before {@code date}, however old: for estimates, which say the rate's date, never
     * for converting a payment.
     */
    public Optional<ExchangeRate> latestEcbRate(String currency, LocalDate date) {
        CurrencyInfo info = currencies.require(currency);
        return transactions.inTransaction(() -> rates.latestOnOrBefore(info.code(), date, RateSource.ECB));
    }

    /**
     * Converts an amount to euros exactly as a payment of that value date would be ({@link EuroConverter}): the ECB
     * rate of the day or of the last publication up to four days before, else a manual rate of that gap.
     */
    public Conversion convert(BigDecimal amount, String currency, LocalDate valueDate) {
        CurrencyInfo info = currencies.require(currency);
        // The same rule as every amount typed or imported: above zero, below the limit, at the minor unit.
        Money.problemWith(amount, Optional.of(info), "amount").ifPresent(problem -> {
            throw new DomainException(problem.messageKey(), problem.arguments().toArray());
        });
        Money money = Money.of(amount, info);
        if (money.isEuro()) {
            throw new DomainException("error.rate.euro");
        }
        return new EuroConverter(this).convert(money, valueDate);
    }

    /** The ECB rate published for exactly that day, if any. */
    public Optional<ExchangeRate> publishedRate(String currency, LocalDate day) {
        CurrencyInfo info = currencies.require(currency);
        return transactions.inTransaction(() -> rates.find(info.code(), day, RateSource.ECB));
    }

    /** The manual rate entered for exactly that day, if any, with its note. */
    public Optional<ExchangeRate> manualRate(String currency, LocalDate day) {
        CurrencyInfo info = currencies.require(currency);
        return transactions.inTransaction(() -> rates.find(info.code(), day, RateSource.MANUAL));
    }

    /** Records a rate entered by a person, with where it came from; it never replaces a published one. */
    public ExchangeRate addManual(String currency, LocalDate date, BigDecimal unitsPerEuro, String note) {
        return addManual(currency, date, unitsPerEuro, note, "");
    }

    /**
     * Records a rate entered by a person, with where it came from; it never replaces a published one.
     *
     * @param deviationConfirmed the sentence the person confirmed when the rate is far from the last ECB rate,
     *     added to the note so the record says it was seen; empty when nothing was confirmed
     * @throws org.octopusdesk.domain.ValidationException on the rate (sign, more decimals than stored) or the note
     * @throws RateDeviationException when the rate differs by more than 20% from the last ECB rate and that was not
     *     confirmed
     */
    public ExchangeRate addManual(String currency, LocalDate date, BigDecimal unitsPerEuro, String note,
            String deviationConfirmed) {
        CurrencyInfo info = currencies.require(currency);
        ValidationException.throwIfAny(ManualRateRules.problems(unitsPerEuro, note));
        boolean confirmed = deviationConfirmed != null && !deviationConfirmed.isBlank();
        ExchangeRate typed = new ExchangeRate(info.code(), date, unitsPerEuro, RateSource.MANUAL, note);
        return transactions.inTransaction(() -> {
            if (rates.find(info.code(), date, RateSource.MANUAL).isPresent()) {
                throw new DomainException("error.rate.manualExists", info.code(), date);
            }
            Optional<RateDeviationException> deviation = ManualRateRules.deviation(typed,
                    rates.latestOnOrBefore(info.code(), date, RateSource.ECB));
            if (deviation.isPresent() && !confirmed) {
                throw deviation.get();
            }
            ExchangeRate rate = deviation.isEmpty() ? typed : new ExchangeRate(info.code(), date, unitsPerEuro,
                    RateSource.MANUAL, typed.note() + " — " + deviationConfirmed.strip());
            return insertManual(rate, Map.of());
        });
    }

    /**
     * The manual rate of a payment brought by a contribution file: the one stored for that day when it has the same
     * value; else, when there is none, the file's rate with its note, stored and audited as coming from the file.
     * The file's rate was confirmed where it was first entered (its note says so), so it is not asked again.
     *
     * @throws org.octopusdesk.domain.ValidationException when its value or note break the rules, or a different
     *     manual rate is stored for that day
     */
    public ExchangeRate adoptManual(ExchangeRate fromFile, String origin) {
        CurrencyInfo info = currencies.require(fromFile.currency());
        return transactions.inTransaction(() -> {
            Optional<ExchangeRate> stored = rates.find(info.code(), fromFile.date(), RateSource.MANUAL);
            if (stored.isPresent()) {
                if (stored.get().unitsPerEuro().compareTo(fromFile.unitsPerEuro()) != 0) {
                    throw new ValidationException(List.of(FieldError.of(ManualRateRules.RATE,
                            "error.conversionImport.manualDiffers", fromFile.unitsPerEuro(),
                            fromFile.date(), stored.get().unitsPerEuro())));
                }
                return stored.get();
            }
            ValidationException.throwIfAny(ManualRateRules.problems(fromFile.unitsPerEuro(), fromFile.note()));
            return insertManual(fromFile, Map.of("audit.rates.origin", origin));
        });
    }

    /**
     * The manual rates of a contribution file, checked as {@link #adoptManual} checks them while the file is read,
     * and stored by {@link PendingManualRates#store()} only once the whole file is accepted.
     */
    public PendingManualRates pendingManualRates(String origin) {
        return new PendingManualRates(this, origin);
    }

    private ExchangeRate insertManual(ExchangeRate rate, Map<String, String> origin) {
        rates.insert(List.of(rate), clock.instant(), share -> { });
        Map<String, String> values = new LinkedHashMap<>();
        values.put("rates.currency", rate.currency());
        values.put("rates.column.date", rate.date().toString());
        values.put("rates.column.rate", rate.unitsPerEuro().toPlainString());
        values.put("rates.column.note", rate.note());
        values.putAll(origin);
        auditor.record(AUDIT_TYPE, rate.currency() + " " + rate.date() + " " + rate.source().name(),
                AuditEntry.Action.CREATE, null, values);
        return rate;
    }

    /** The latest imports and manual rates, newest first. */
    public List<AuditEntry> auditTrail(int limit) {
        return transactions.inTransaction(() -> auditor.latest(AUDIT_TYPE, limit));
    }

    public List<ExchangeRate> history(String currency) {
        return transactions.inTransaction(() -> rates.history(currencies.require(currency).code()));
    }

    public List<String> currenciesWithRates() {
        return transactions.inTransaction(rates::currencies);
    }

    /** The newest day with an ECB rate, any currency: how far the stored publications reach. */
    public Optional<LocalDate> newestEcbDate() {
        return transactions.inTransaction(() -> rates.newestDate(RateSource.ECB));
    }

    public boolean hasRates() {
        return transactions.inTransaction(() -> rates.count() > 0);
    }
}
