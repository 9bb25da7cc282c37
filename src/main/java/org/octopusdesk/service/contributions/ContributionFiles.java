package org.octopusdesk.service.contributions;

import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.money.RecordedConversion;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.csv.CsvRefusedException;
import org.octopusdesk.service.csv.CsvSheet;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.service.rates.RatesService;

/**
 * Imports and exports contributions as CSV ({@link ContributionCsv}). An import runs every line through the same
 * services as a person's input, in one transaction: if any line is refused, the transaction is rolled back and
 * every refused line is reported with its number; nothing is imported.
 */
public class ContributionFiles {

    private final ContributionService contributions;
    private final DonorService donors;
    private final ProjectService projects;
    private final RatesService rates;
    private final Transactions transactions;

    public ContributionFiles(ContributionService contributions, DonorService donors, ProjectService projects,
            RatesService rates, Transactions transactions) {
        this.contributions = contributions;
        this.donors = donors;
        this.projects = projects;
        this.rates = rates;
        this.transactions = transactions;
    }

    /** Writes the matching contributions, with their allocations and payments, and returns how many. */
    public int export(ContributionQuery query, Writer out) {
        ContributionCsv csv = ContributionCsv.writer(out);
        Map<String, String> manualNotes = new HashMap<>();
        Function<ExchangeRate, String> noteOf = rate -> manualNotes.computeIfAbsent(rate.currency() + rate.date(),
                key -> rates.manualRate(rate.currency(), rate.date()).map(ExchangeRate::note).orElse(""));
        int[] count = {0};
        contributions.forEach(query, details -> {
            csv.write(details, noteOf);
            count[0]++;
        });
        csv.flush();
        return count[0];
    }

    /**
     * Imports a file in UTF-8, with or without a byte-order mark, separated by commas or semicolons.
     *
     * @param confirmWarnings import even when some lines need a confirmation (payments above what is outstanding or
     *     before their pledge's agreement); warnings a line's {@code confirmed_warnings} lists need none
     * @throws ContributionImportException listing every refused line; nothing was imported
     */
    public ContributionImportReport importFile(Path file, boolean confirmWarnings) {
        return importSheet(() -> CsvSheet.read(file), confirmWarnings);
    }

    public ContributionImportReport importText(String text, boolean confirmWarnings) {
        return importSheet(() -> CsvSheet.parse(text), confirmWarnings);
    }

    private ContributionImportReport importSheet(Supplier<CsvSheet> reader, boolean confirmWarnings) {
        CsvSheet sheet;
        try {
            sheet = reader.get().requireColumns(ContributionCsv.RECORD, ContributionCsv.REFERENCE);
        } catch (CsvRefusedException refusedFile) {
            throw new ContributionImportException(new ContributionImportReport(0, 0, 0, List.of(new ImportProblem(
                    refusedFile.line(), refusedFile.column(), refusedFile.messageKey(), refusedFile.arguments())),
                    List.of()));
        }
        return transactions.inTransaction(() -> new Run(sheet).apply(confirmWarnings));
    }

    /** One import: the lines of a file applied in the caller's transaction, every problem collected. */
    private final class Run {

        private final CsvSheet sheet;
        private final List<ImportProblem> errors = new ArrayList<>();
        private final List<ImportProblem> warnings = new ArrayList<>();
        private final Map<String, Donor> donorsByName = new LinkedHashMap<>();
        private final Map<String, Project> projectsByCode = new LinkedHashMap<>();
        private final Map<String, Contribution> created = new LinkedHashMap<>();
        private final Map<String, CSVRecord> pledgeRows = new LinkedHashMap<>();
        private final Map<String, List<CSVRecord>> allocationRows = new LinkedHashMap<>();
        private int allocations;
        private int payments;

        Run(CsvSheet sheet) {
            this.sheet = sheet;
            donors.list().forEach(donor -> donorsByName.put(key(donor.name()), donor));
            projects.list().forEach(project -> projectsByCode.put(key(project.code()), project));
        }

        ContributionImportReport apply(boolean confirmWarnings) {
            List<CSVRecord> paymentRows = new ArrayList<>();
            for (CSVRecord row : sheet.rows()) {
                String reference = get(row, ContributionCsv.REFERENCE);
                if (reference.isEmpty()) {
                    problem(row, ContributionCsv.REFERENCE, "validation.required");
                    continue;
                }
                switch (get(row, ContributionCsv.RECORD).toLowerCase(Locale.ROOT)) {
                    case "pledge" -> {
                        if (pledgeRows.putIfAbsent(key(reference), row) != null) {
                            problem(row, ContributionCsv.REFERENCE, "error.contributionImport.duplicateReference",
                                    reference, line(pledgeRows.get(key(reference))));
                        }
                    }
                    case "allocation" -> allocationRows.computeIfAbsent(key(reference), k -> new ArrayList<>())
                            .add(row);
                    case "payment" -> paymentRows.add(row);
                    default -> problem(row, ContributionCsv.RECORD, "error.contributionImport.unknownRecord",
                            get(row, ContributionCsv.RECORD));
                }
            }
            allocationRows.forEach((reference, lines) -> {
                if (!pledgeRows.containsKey(reference)) {
                    lines.forEach(row -> problem(row, ContributionCsv.REFERENCE,
                            "error.contributionImport.allocationWithoutPledge", get(row, ContributionCsv.REFERENCE)));
                }
            });
            pledgeRows.values().forEach(this::createPledge);
            paymentRows.forEach(this::addPayment);
            pledgeRows.values().forEach(this::cancelIfAsked);
            ContributionImportReport report = new ContributionImportReport(created.size(), allocations, payments,
                    errors, warnings);
            if (!errors.isEmpty() || (!warnings.isEmpty() && !confirmWarnings)) {
                // Thrown inside the transaction: everything this import wrote is rolled back.
                throw new ContributionImportException(report);
            }
            return report;
        }

        private void createPledge(CSVRecord row) {
            int before = errors.size();
            String reference = get(row, ContributionCsv.REFERENCE);
            Donor donor = donorsByName.get(key(get(row, ContributionCsv.DONOR)));
            if (donor == null) {
                problem(row, ContributionCsv.DONOR, get(row, ContributionCsv.DONOR).isEmpty() ? "validation.required"
                        : "error.contributionImport.unknownDonor", get(row, ContributionCsv.DONOR));
            }
            LocalDate date = date(row, ContributionCsv.DATE, true);
            BigDecimal amount = number(row, ContributionCsv.AMOUNT, true);
            List<CSVRecord> lines = allocationRows.getOrDefault(key(reference), List.of());
            List<AllocationDraft> drafts = new ArrayList<>();
            for (CSVRecord line : lines) {
                drafts.add(allocation(line));
            }
            if (errors.size() > before) {
                return;
            }
            ContributionDraft draft = new ContributionDraft(donor.id(), reference, date, amount,
                    get(row, ContributionCsv.CURRENCY), get(row, ContributionCsv.INTERMEDIARY),
                    get(row, ContributionCsv.NOTE), drafts);
            try {
                created.put(key(reference), contributions.create(draft));
                allocations += drafts.size();
            } catch (ValidationException invalid) {
                for (FieldError error : invalid.errors()) {
                    CSVRecord at = row;
                    if (error.field().equals(ContributionDraft.ALLOCATIONS) && !error.arguments().isEmpty()
                            && error.arguments().get(0) instanceof Integer index && index <= lines.size()) {
                        at = lines.get(index - 1);
                    }
                    problems(at, column(error.field()), error);
                }
            } catch (DomainException refusedPledge) {
                problem(row, "", refusedPledge.messageKey(), refusedPledge.arguments().toArray());
            }
        }

        private AllocationDraft allocation(CSVRecord row) {
            Project project = projectsByCode.get(key(get(row, ContributionCsv.PROJECT)));
            if (project == null) {
                problem(row, ContributionCsv.PROJECT, get(row, ContributionCsv.PROJECT).isEmpty()
                        ? "validation.required" : "error.contributionImport.unknownProject",
                        get(row, ContributionCsv.PROJECT));
            }
            BigDecimal amount = number(row, ContributionCsv.AMOUNT, false);
            BigDecimal share = number(row, ContributionCsv.SHARE_PERCENT, false);
            if (amount != null && share != null) {
                problem(row, ContributionCsv.SHARE_PERCENT, "error.contributionImport.amountAndShare");
            }
            AllocationBasis basis = amount != null ? AllocationBasis.AMOUNT
                    : share != null ? AllocationBasis.SHARE : AllocationBasis.UNDISCLOSED;
            return new AllocationDraft(project == null ? null : project.id(), basis, amount != null ? amount : share,
                    get(row, ContributionCsv.NOTE));
        }

        private void addPayment(CSVRecord row) {
            String reference = get(row, ContributionCsv.REFERENCE);
            CSVRecord pledge = pledgeRows.get(key(reference));
            Optional<Contribution> target = pledge != null ? Optional.ofNullable(created.get(key(reference)))
                    : contributions.findByReference(reference);
            if (pledge != null && target.isEmpty()) {
                return; // its pledge line was refused and is reported already
            }
            if (target.isEmpty()) {
                problem(row, ContributionCsv.REFERENCE, "error.contributionImport.unknownReference", reference);
                return;
            }
            int before = errors.size();
            LocalDate date = date(row, ContributionCsv.DATE, true);
            BigDecimal amount = number(row, ContributionCsv.AMOUNT, true);
            BigDecimal bank = number(row, ContributionCsv.BANK_EUR, false);
            String currency = get(row, ContributionCsv.CURRENCY).toUpperCase(Locale.ROOT);
            Contribution contribution = contributions.details(target.get().id()).contribution();
            if (!currency.isEmpty() && !currency.equals(contribution.pledged().currency())) {
                problem(row, ContributionCsv.CURRENCY, "validation.payment.currencyOfPledge",
                        contribution.pledged().currency());
            }
            Optional<RecordedConversion> recorded = new RecordedColumns(row).read(contribution.pledged().currency());
            Set<PaymentWarning> confirmed = confirmedWarnings(row);
            if (errors.size() > before) {
                return;
            }
            PaymentDraft draft = new PaymentDraft(date, amount, bank, get(row, ContributionCsv.NOTE), recorded);
            try {
                try {
                    contributions.addPayment(contribution.id(), contribution.version(), draft, confirmed);
                } catch (PaymentWarningException unconfirmed) {
                    unconfirmed.found().forEach(warning -> warnings.add(new ImportProblem(line(row),
                            warning.kind() == PaymentWarning.ADVANCE ? ContributionCsv.DATE : ContributionCsv.AMOUNT,
                            warning.messageKey(), warning.arguments())));
                    contributions.addPayment(contribution.id(), contribution.version(), draft,
                            EnumSet.allOf(PaymentWarning.class));
                }
                payments++;
            } catch (ValidationException invalid) {
                invalid.errors().forEach(error -> problems(row, paymentColumn(error.field()), error));
            } catch (DomainException refusedPayment) {
                problem(row, "", refusedPayment.messageKey(), refusedPayment.arguments().toArray());
            }
        }

        private Set<PaymentWarning> confirmedWarnings(CSVRecord row) {
            try {
                return PaymentWarning.parse(get(row, ContributionCsv.CONFIRMED_WARNINGS));
            } catch (IllegalArgumentException unknown) {
                problem(row, ContributionCsv.CONFIRMED_WARNINGS, "error.contributionImport.unknownWarning",
                        get(row, ContributionCsv.CONFIRMED_WARNINGS));
                return Set.of();
            }
        }

        /** The conversion a payment line records, read from its columns; every missing or bad one reported. */
        private final class RecordedColumns {

            private final CSVRecord row;

            RecordedColumns(CSVRecord row) {
                this.row = row;
            }

            Optional<RecordedConversion> read(String currency) {
                String source = get(row, ContributionCsv.RATE_SOURCE).toUpperCase(Locale.ROOT);
                if (source.isEmpty()) {
                    // A file written by hand: the payment is converted by the rules, as if typed in the window.
                    for (String column : List.of(ContributionCsv.RATE, ContributionCsv.RATE_DATE,
                            ContributionCsv.EUR_AMOUNT)) {
                        if (!get(row, column).isEmpty()) {
                            problem(row, ContributionCsv.RATE_SOURCE, "error.conversionImport.sourceRequired", column);
                            return Optional.empty();
                        }
                    }
                    return Optional.empty();
                }
                BigDecimal euros = number(row, ContributionCsv.EUR_AMOUNT, true);
                if (source.equals(ContributionCsv.EURO_SOURCE)) {
                    return euros == null ? Optional.empty() : Optional.of(new RecordedConversion(Optional.empty(),
                            euros));
                }
                RateSource rateSource = rateSource(source);
                BigDecimal rate = number(row, ContributionCsv.RATE, true);
                LocalDate rateDate = date(row, ContributionCsv.RATE_DATE, true);
                if (rateSource == null || euros == null || rate == null || rateDate == null) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(new RecordedConversion(Optional.of(new ExchangeRate(currency, rateDate, rate,
                            rateSource, get(row, ContributionCsv.RATE_NOTE))), euros));
                } catch (DomainException badRate) {
                    problem(row, ContributionCsv.RATE, badRate.messageKey(), badRate.arguments().toArray());
                    return Optional.empty();
                }
            }

            private RateSource rateSource(String source) {
                return Stream.of(RateSource.ECB, RateSource.MANUAL, RateSource.BANK_ACTUAL)
                        .filter(known -> known.name().equals(source)).findFirst().orElseGet(() -> {
                            problem(row, ContributionCsv.RATE_SOURCE, "error.conversionImport.source", source);
                            return null;
                        });
            }
        }

        private void cancelIfAsked(CSVRecord row) {
            Contribution contribution = created.get(key(get(row, ContributionCsv.REFERENCE)));
            LocalDate on = date(row, ContributionCsv.CANCELLED_ON, false);
            if (contribution == null || on == null) {
                return;
            }
            try {
                Contribution current = contributions.details(contribution.id()).contribution();
                contributions.cancel(current.id(), current.version(), on, get(row, ContributionCsv.CANCEL_REASON));
            } catch (ValidationException invalid) {
                invalid.errors().forEach(error -> problems(row, error.field().equals("reason")
                        ? ContributionCsv.CANCEL_REASON : ContributionCsv.CANCELLED_ON, error));
            } catch (DomainException refusedCancel) {
                problem(row, ContributionCsv.CANCELLED_ON, refusedCancel.messageKey(),
                        refusedCancel.arguments().toArray());
            }
        }

        private LocalDate date(CSVRecord row, String column, boolean required) {
            String text = get(row, column);
            if (text.isEmpty()) {
                if (required) {
                    problem(row, column, "validation.required");
                }
                return null;
            }
            Optional<LocalDate> date = CsvSheet.date(text);
            if (date.isEmpty()) {
                problem(row, column, "error.contributionImport.badDate", text);
            }
            return date.orElse(null);
        }

        private BigDecimal number(CSVRecord row, String column, boolean required) {
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

        private int line(CSVRecord row) {
            return sheet.line(row);
        }

        private String get(CSVRecord row, String column) {
            return sheet.get(row, column);
        }

        private void problems(CSVRecord row, String column, FieldError error) {
            errors.add(new ImportProblem(line(row), column, error.messageKey(), error.arguments()));
        }

        private void problem(CSVRecord row, String column, String messageKey, Object... arguments) {
            errors.add(new ImportProblem(line(row), column, messageKey, List.of(arguments)));
        }
    }

    private static String column(String field) {
        return switch (field) {
            case ContributionDraft.DONOR -> ContributionCsv.DONOR;
            case ContributionDraft.AGREEMENT_DATE -> ContributionCsv.DATE;
            case ContributionDraft.ALLOCATIONS -> ContributionCsv.PROJECT;
            case ContributionDraft.NOTES -> ContributionCsv.NOTE;
            default -> field;
        };
    }

    private static String paymentColumn(String field) {
        return switch (field) {
            case PaymentDraft.VALUE_DATE -> ContributionCsv.DATE;
            case PaymentDraft.BANK_EUROS -> ContributionCsv.BANK_EUR;
            case RecordedConversion.RATE -> ContributionCsv.RATE;
            case RecordedConversion.RATE_DATE -> ContributionCsv.RATE_DATE;
            case RecordedConversion.SOURCE -> ContributionCsv.RATE_SOURCE;
            case RecordedConversion.EUROS -> ContributionCsv.EUR_AMOUNT;
            case RecordedConversion.NOTE -> ContributionCsv.RATE_NOTE;
            default -> field;
        };
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
