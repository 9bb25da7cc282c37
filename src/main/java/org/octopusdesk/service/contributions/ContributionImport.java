package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
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
import org.apache.commons.csv.CSVRecord;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RecordedConversion;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.service.csv.CsvSheet;
import org.octopusdesk.service.csv.ImportProgress;
import org.octopusdesk.service.rates.EuroConverter;
import org.octopusdesk.service.rates.PendingManualRates;

/**
 * The checking pass of one contribution file: every line through the rules a person's input meets (the pledge's
 * own rules, its reference not yet taken, each payment converted and its warnings found against the pledge as the
 * earlier lines left it, cancellations), without writing anything. The pledges are followed in memory as their
 * payments arrive, so that the writing pass can store each record once, in its final state.
 */
final class ContributionImport {

    private static final int PROGRESS_STEP = 500;
    /** A pledge's fields that do not depend on the cells read before (donor, date, amount, earmarks). */
    private static final Set<String> CHECKED_DESPITE_ERRORS = Set.of(ContributionDraft.REFERENCE,
            ContributionDraft.CURRENCY, ContributionDraft.INTERMEDIARY, ContributionDraft.NOTES);

    private final CsvSheet sheet;
    private final ContributionService service;
    private final ImportProgress progress;
    private final EuroConverter converter;
    private final PendingManualRates manualRates;
    private final ImportCells cells;
    private final List<ImportProblem> warnings = new ArrayList<>();
    private final Map<String, Donor> donorsByName;
    private final Map<String, Project> projectsByCode;
    private final Map<String, EarmarkEdition> editionsByYear;
    private final Set<String> storedReferences;
    private final Map<String, ContributionDraft> drafts = new LinkedHashMap<>();
    private final Map<String, Contribution> created = new LinkedHashMap<>();
    private final Map<String, Optional<Contribution>> stored = new LinkedHashMap<>();
    private final Set<String> storedPaid = new java.util.LinkedHashSet<>();
    private final Map<String, CSVRecord> pledgeRows = new LinkedHashMap<>();
    private final Map<String, List<CSVRecord>> allocationRows = new LinkedHashMap<>();
    private final List<ImportedContributions.NewPayment> payments = new ArrayList<>();
    /** Each pledge's payments so far, stored and from the file's earlier lines, to tell one made again. */
    private final Map<String, List<Payment>> paymentsSoFar = new LinkedHashMap<>();
    /** The file's line of each of those payments, in the same order; 0 for a stored one. */
    private final Map<String, List<Integer>> paymentLines = new LinkedHashMap<>();
    private int checked;

    ContributionImport(CsvSheet sheet, ContributionService service, Lookups lookups, ImportProgress progress) {
        this.sheet = sheet;
        this.service = service;
        this.progress = progress;
        this.converter = lookups.converter();
        this.manualRates = lookups.manualRates();
        this.cells = new ImportCells(sheet);
        this.donorsByName = lookups.donorsByName();
        this.projectsByCode = lookups.projectsByCode();
        this.editionsByYear = lookups.editionsByYear();
        this.storedReferences = lookups.storedReferences();
    }

    /**
     * What an import looks up once rather than once a line: donors, projects and the references already stored
     * (all keyed in lower case), the rates, and the manual rates the file brings.
     */
    record Lookups(Map<String, Donor> donorsByName, Map<String, Project> projectsByCode, Set<String> storedReferences,
            EuroConverter converter, PendingManualRates manualRates, Map<String, EarmarkEdition> editionsByYear) {
    }

    List<ImportProblem> errors() {
        return cells.errors();
    }

    List<ImportProblem> warnings() {
        return warnings;
    }

    /** Checks every line; the records to write, meaningful only when {@link #errors()} is empty. */
    ImportedContributions check() {
        List<CSVRecord> paymentRows = new ArrayList<>();
        for (CSVRecord row : sheet.rows()) {
            String reference = get(row, ContributionCsv.REFERENCE);
            if (reference.isEmpty()) {
                cells.problem(row, ContributionCsv.REFERENCE, "validation.required");
                continue;
            }
            switch (get(row, ContributionCsv.RECORD).toLowerCase(Locale.ROOT)) {
                case "pledge" -> {
                    if (pledgeRows.putIfAbsent(key(reference), row) != null) {
                        cells.problem(row, ContributionCsv.REFERENCE, "error.contributionImport.duplicateReference",
                                reference, cells.line(pledgeRows.get(key(reference))));
                    }
                }
                case "allocation" -> allocationRows.computeIfAbsent(key(reference), k -> new ArrayList<>()).add(row);
                case "payment" -> paymentRows.add(row);
                default -> cells.problem(row, ContributionCsv.RECORD, "error.contributionImport.unknownRecord",
                        get(row, ContributionCsv.RECORD));
            }
        }
        allocationRows.forEach((reference, lines) -> {
            if (!pledgeRows.containsKey(reference)) {
                lines.forEach(row -> cells.problem(row, ContributionCsv.REFERENCE,
                        "error.contributionImport.allocationWithoutPledge", get(row, ContributionCsv.REFERENCE)));
            }
        });
        pledgeRows.values().forEach(row -> {
            createPledge(row);
            advance(1 + allocationRows.getOrDefault(key(get(row, ContributionCsv.REFERENCE)), List.of()).size());
        });
        paymentRows.forEach(row -> {
            addPayment(row);
            advance(1);
        });
        pledgeRows.values().forEach(this::cancelIfAsked);
        progress.reached(ImportProgress.Stage.CHECKED, sheet.rows().size(), sheet.rows().size());
        List<ImportedContributions.NewPledge> pledges = new ArrayList<>();
        created.forEach((reference, state) -> pledges.add(new ImportedContributions.NewPledge(drafts.get(reference),
                state)));
        return new ImportedContributions(pledges, payments, storedPaid.stream()
                .map(reference -> stored.get(reference).orElseThrow()).toList());
    }

    private void advance(int lines) {
        int before = checked / PROGRESS_STEP;
        checked += lines;
        if (checked / PROGRESS_STEP != before) {
            progress.reached(ImportProgress.Stage.CHECKED, checked, sheet.rows().size());
        }
    }

    private void createPledge(CSVRecord row) {
        int before = errors().size();
        String reference = get(row, ContributionCsv.REFERENCE);
        Donor donor = donorsByName.get(key(get(row, ContributionCsv.DONOR)));
        if (donor == null) {
            cells.problem(row, ContributionCsv.DONOR, get(row, ContributionCsv.DONOR).isEmpty()
                    ? "validation.required" : "error.contributionImport.unknownDonor", get(row, ContributionCsv.DONOR));
        }
        LocalDate date = cells.date(row, ContributionCsv.DATE, true);
        BigDecimal amount = cells.number(row, ContributionCsv.AMOUNT, true);
        List<CSVRecord> lines = allocationRows.getOrDefault(key(reference), List.of());
        List<AllocationDraft> allocations = new ArrayList<>();
        for (CSVRecord line : lines) {
            allocations.add(allocation(line));
        }
        ContributionDraft draft = new ContributionDraft(donor == null ? null : donor.id(), reference, date, amount,
                get(row, ContributionCsv.CURRENCY), get(row, ContributionCsv.INTERMEDIARY),
                get(row, ContributionCsv.NOTE), allocations);
        if (errors().size() > before) {
            // The fields read whole from their cells are still checked, so that one pass mends the line: a bad
            // amount no longer hides an unknown currency. The others' refusals are said already.
            service.pledgeProblems(draft).stream().filter(error -> CHECKED_DESPITE_ERRORS.contains(error.field()))
                    .forEach(error -> cells.problem(row, pledgeColumn(error.field()), error));
            return;
        }
        List<FieldError> problems = new ArrayList<>(service.pledgeProblems(draft));
        if (!draft.reference().isEmpty() && storedReferences.contains(key(draft.reference()))) {
            problems.add(FieldError.of(ContributionDraft.REFERENCE, "validation.contribution.referenceTaken",
                    draft.reference()));
        }
        for (FieldError error : problems) {
            CSVRecord at = row;
            if (error.field().equals(ContributionDraft.ALLOCATIONS) && !error.arguments().isEmpty()
                    && error.arguments().get(0) instanceof Integer index && index <= lines.size()) {
                at = lines.get(index - 1);
            }
            cells.problem(at, pledgeColumn(error.field()), error);
        }
        if (problems.isEmpty()) {
            Money pledged = Money.of(draft.amount(), service.findCurrency(draft.currency()).orElseThrow());
            drafts.put(key(reference), draft);
            created.put(key(reference), new Contribution(null, draft.reference(), donor.id(), donor.name(),
                    draft.agreementDate(), pledged, draft.intermediary(), draft.notes(), Optional.empty(), "",
                    pledged.zero(), Money.euros(BigDecimal.ZERO), 0, ContributionStatus.PLEDGED, List.of(), 0));
        }
    }

    private AllocationDraft allocation(CSVRecord row) {
        Project project = projectsByCode.get(key(get(row, ContributionCsv.PROJECT)));
        if (project == null) {
            cells.problem(row, ContributionCsv.PROJECT, get(row, ContributionCsv.PROJECT).isEmpty()
                    ? "validation.required" : "error.contributionImport.unknownProject",
                    get(row, ContributionCsv.PROJECT));
        }
        BigDecimal amount = cells.number(row, ContributionCsv.AMOUNT, false);
        BigDecimal share = cells.number(row, ContributionCsv.SHARE_PERCENT, false);
        if (amount != null && share != null) {
            cells.problem(row, ContributionCsv.SHARE_PERCENT, "error.contributionImport.amountAndShare");
        }
        AllocationBasis basis = amount != null ? AllocationBasis.AMOUNT
                : share != null ? AllocationBasis.SHARE : AllocationBasis.UNDISCLOSED;
        return new AllocationDraft(project == null ? null : project.id(), edition(row, project), basis,
                amount != null ? amount : share, get(row, ContributionCsv.NOTE));
    }

    /** The edition the line names by its year, under the line's project; {@code null} for the project as a whole. */
    private ConferenceId edition(CSVRecord row, Project project) {
        String year = get(row, ContributionCsv.CONFERENCE);
        if (year.isEmpty()) {
            return null;
        }
        EarmarkEdition edition = editionsByYear.get(year);
        if (edition == null) {
            cells.problem(row, ContributionCsv.CONFERENCE, "error.contributionImport.unknownEdition", year);
            return null;
        }
        if (project != null && !edition.project().equals(project.id())) {
            cells.problem(row, ContributionCsv.CONFERENCE, "error.contributionImport.editionOfAnother", year,
                    project.code());
            return null;
        }
        return edition.id();
    }

    private void addPayment(CSVRecord row) {
        String reference = get(row, ContributionCsv.REFERENCE);
        boolean inFile = pledgeRows.containsKey(key(reference));
        Optional<Contribution> target = inFile ? Optional.ofNullable(created.get(key(reference)))
                : stored.computeIfAbsent(key(reference), k -> service.findByReference(reference));
        if (inFile && target.isEmpty()) {
            return; // its pledge line was refused and is reported already
        }
        if (target.isEmpty()) {
            cells.problem(row, ContributionCsv.REFERENCE, "error.contributionImport.unknownReference", reference);
            return;
        }
        int before = errors().size();
        LocalDate date = cells.date(row, ContributionCsv.DATE, true);
        BigDecimal amount = cells.number(row, ContributionCsv.AMOUNT, true);
        BigDecimal bank = cells.number(row, ContributionCsv.BANK_EUR, false);
        String currency = get(row, ContributionCsv.CURRENCY).toUpperCase(Locale.ROOT);
        Contribution contribution = target.get();
        if (!currency.isEmpty() && !currency.equals(contribution.pledged().currency())) {
            cells.problem(row, ContributionCsv.CURRENCY, "validation.payment.currencyOfPledge",
                    contribution.pledged().currency());
        }
        Optional<RecordedConversion> recorded = new RecordedColumns(cells, row)
                .read(contribution.pledged().currency());
        Set<PaymentWarning> confirmed = confirmedWarnings(row);
        if (errors().size() > before) {
            return;
        }
        PaymentDraft draft = new PaymentDraft(date, amount, bank, get(row, ContributionCsv.NOTE), recorded);
        List<Payment> earlier = paymentsSoFar.computeIfAbsent(key(reference),
                k -> inFile ? new ArrayList<>() : new ArrayList<>(service.storedPayments(contribution.id())));
        List<Integer> lines = paymentLines.computeIfAbsent(key(reference),
                k -> new ArrayList<>(java.util.Collections.nCopies(earlier.size(), 0)));
        try {
            Payment payment;
            try {
                payment = service.accepted(contribution, earlier, draft, confirmed, converter, manualRates);
            } catch (PaymentWarningException unconfirmed) {
                unconfirmed.found().forEach(warning -> warnings.add(
                        warningOn(row, warning, draft, earlier, lines)));
                payment = service.accepted(contribution, earlier, draft, EnumSet.allOf(PaymentWarning.class),
                        converter, manualRates);
            }
            earlier.add(payment);
            lines.add(cells.line(row));
            received(reference, inFile, contribution, payment);
        } catch (ValidationException invalid) {
            invalid.errors().forEach(error -> cells.problem(row, paymentColumn(error.field()), error));
        } catch (DomainException refusedPayment) {
            cells.problem(row, "", refusedPayment.messageKey(), refusedPayment.arguments().toArray());
        }
    }

    /**
     * A payment's warning on its line. A repeat of a payment from an earlier line of the file names that line: no
     * such payment is recorded yet.
     */
    private ImportProblem warningOn(CSVRecord row, NeedsConfirmation.Reason<PaymentWarning> warning, PaymentDraft draft,
            List<Payment> earlier, List<Integer> lines) {
        if (warning.kind() == PaymentWarning.REPEATED) {
            Payment repeated = earlier.stream().filter(payment -> PaymentWarnings.sameDayAndAmount(payment,
                    draft.valueDate(), draft.amount())).findFirst().orElseThrow();
            int line = lines.get(earlier.indexOf(repeated));
            if (line > 0) {
                List<Object> arguments = new ArrayList<>(List.of(line));
                arguments.addAll(warning.arguments());
                return new ImportProblem(cells.line(row), "", "warning.payment.repeatedInFile", arguments);
            }
        }
        return new ImportProblem(cells.line(row), columnOf(warning.kind()), warning.messageKey(),
                warning.arguments());
    }

    /**
     * Where a warning is said: the date paid in advance, the amount above the pledge, a repeated payment's line, the
     * bank's euros.
     */
    private static String columnOf(PaymentWarning kind) {
        return switch (kind) {
            case ADVANCE -> ContributionCsv.DATE;
            case OVERPAYMENT -> ContributionCsv.AMOUNT;
            case REPEATED -> "";
            case BANK_RATE -> ContributionCsv.BANK_EUR;
        };
    }

    /** The pledge as the payment leaves it, as {@link ContributionService#addPayment} would store it. */
    private void received(String reference, boolean inFile, Contribution pledge, Payment payment) {
        Money paid = pledge.paid().plus(payment.amount());
        ContributionStatus status = ContributionStatus.of(pledge.pledged().amount(), paid.amount(), false);
        Contribution after = new Contribution(pledge.id(), pledge.reference(), pledge.donorId(), pledge.donorName(),
                pledge.agreementDate(), pledge.pledged(), pledge.intermediary(), pledge.notes(), pledge.cancelledOn(),
                pledge.cancelReason(), paid, pledge.receivedEuros().plus(payment.euros()), pledge.paymentCount() + 1,
                status, pledge.allocations(), inFile ? pledge.version() + 1 : pledge.version());
        if (inFile) {
            created.put(key(reference), after);
        } else {
            stored.put(key(reference), Optional.of(after));
            storedPaid.add(key(reference));
        }
        payments.add(new ImportedContributions.NewPayment(after.reference(), Optional.ofNullable(after.id()),
                payment));
    }

    private Set<PaymentWarning> confirmedWarnings(CSVRecord row) {
        try {
            return PaymentWarning.parse(get(row, ContributionCsv.CONFIRMED_WARNINGS));
        } catch (IllegalArgumentException unknown) {
            cells.problem(row, ContributionCsv.CONFIRMED_WARNINGS, "error.contributionImport.unknownWarning",
                    get(row, ContributionCsv.CONFIRMED_WARNINGS));
            return Set.of();
        }
    }

    private void cancelIfAsked(CSVRecord row) {
        String reference = key(get(row, ContributionCsv.REFERENCE));
        Contribution current = created.get(reference);
        LocalDate on = cells.date(row, ContributionCsv.CANCELLED_ON, false);
        String why = get(row, ContributionCsv.CANCEL_REASON).strip();
        if (current != null && on == null && !why.isEmpty() && get(row, ContributionCsv.CANCELLED_ON).isEmpty()) {
            // A reason says the pledge was meant cancelled: without its day, it would stay open and the reason lost.
            cells.problem(row, ContributionCsv.CANCELLED_ON, "validation.required");
            return;
        }
        if (current == null || on == null) {
            return;
        }
        try {
            ContributionService.checkCancel(current, on, why);
            created.put(reference, new Contribution(null, current.reference(), current.donorId(),
                    current.donorName(), current.agreementDate(), current.pledged(), current.intermediary(),
                    current.notes(), Optional.of(on), why, current.paid(), current.receivedEuros(),
                    current.paymentCount(), ContributionStatus.CANCELLED, current.allocations(),
                    current.version() + 1));
        } catch (ValidationException invalid) {
            invalid.errors().forEach(error -> cells.problem(row, error.field().equals("reason")
                    ? ContributionCsv.CANCEL_REASON : ContributionCsv.CANCELLED_ON, error));
        } catch (DomainException refusedCancel) {
            cells.problem(row, ContributionCsv.CANCELLED_ON, refusedCancel.messageKey(),
                    refusedCancel.arguments().toArray());
        }
    }

    private String get(CSVRecord row, String column) {
        return sheet.get(row, column);
    }

    private static String pledgeColumn(String field) {
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

    static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** The lower-case keys of the donors' names or the projects' codes, for the lines to name them. */
    static <T> Map<String, T> byKey(List<T> items, java.util.function.Function<T, String> name) {
        Map<String, T> keyed = new HashMap<>();
        items.forEach(item -> keyed.put(key(name.apply(item)), item));
        return keyed;
    }
}
