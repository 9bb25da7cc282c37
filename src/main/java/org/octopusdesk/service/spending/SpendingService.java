package org.octopusdesk.service.spending;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.domain.spending.ExpenditureId;
import org.octopusdesk.domain.spending.SpendingWarning;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.backup.SafetyBackups;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.csv.ImportProgress;
import org.octopusdesk.service.rates.BankRateGap;
import org.octopusdesk.service.rates.EuroConverter;
import org.octopusdesk.service.rates.RatesService;

/**
 * The use cases of project spending: expenditure lines converted to euros by the rules of payments and stored with
 * their conversion, the lists people filter, and a project's money held against its time. Every change is audited
 * in the transaction that makes it; a line saved from an older version than the stored one is refused.
 */
public class SpendingService {

    /** The record type of expenditure lines in the audit trail, under the line's id. */
    public static final String AUDIT_TYPE = "EXPENDITURE";
    /** The record type of a whole spending file in the audit trail, under the file's name. */
    public static final String FILE_AUDIT_TYPE = "SPENDING_FILE";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MONTHS_PER_YEAR = BigDecimal.valueOf(12);

    private final ExpenditureRepository expenditures;
    private final ProjectService projects;
    private final ContributionService contributions;
    private final RatesService rates;
    private final EuroConverter converter;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;
    private final SpendingFiles files;

    public SpendingService(ExpenditureRepository expenditures, ProjectService projects,
            ContributionService contributions, RatesService rates, Transactions transactions, Clock clock,
            Auditor auditor) {
        this(expenditures, projects, contributions, rates, transactions, clock, auditor, SafetyBackups.NONE);
    }

    /** @param backups takes a backup before a file of many lines is imported */
    public SpendingService(ExpenditureRepository expenditures, ProjectService projects,
            ContributionService contributions, RatesService rates, Transactions transactions, Clock clock,
            Auditor auditor, SafetyBackups backups) {
        this.expenditures = expenditures;
        this.projects = projects;
        this.contributions = contributions;
        this.rates = rates;
        this.converter = new EuroConverter(rates);
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
        // The files go through this service's rules; one entry point keeps the window and the command line simple.
        this.files = new SpendingFiles(this, projects, rates, transactions, backups);
    }

    /** Import and export of expenditure lines as CSV, through this service. */
    public SpendingFiles files() {
        return files;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The lines the query asks for, oldest first. */
    public List<Expenditure> list(ExpenditureQuery query) {
        return transactions.inTransaction(() -> expenditures.find(query));
    }

    public Expenditure get(ExpenditureId id) {
        return transactions.inTransaction(() -> require(id));
    }

    /** The years the project has spending in, newest first. */
    public List<Integer> years(ProjectId project) {
        return transactions.inTransaction(() -> expenditures.years(project));
    }

    /**
     * The line as it would be saved: checked and converted, without saving it. For a line being edited
     * ({@code editing} not {@code null}), a conversion whose amount, currency, date and bank euros did not change is
     * kept as stored.
     */
    public Expenditure preview(ExpenditureId editing, ExpenditureDraft draft) {
        return transactions.inTransaction(() -> convert(draft, editing == null ? null : require(editing), converter,
                this::findProject));
    }

    /** How far a previewed line's bank euros are from the ECB's rate, when the save would ask about it. */
    public Optional<BankRateGap> bankRateGap(Expenditure line) {
        return transactions.inTransaction(() -> BankRateGap.of(line.amount(), line.rate(), line.euros(), converter));
    }

    /**
     * For a file's line: the line checked and converted as {@link #create} would, without saving it; its project
     * looked up in {@code projectsById} (the file reads them all once) and its rate through {@code conversions}.
     */
    Expenditure checked(ExpenditureDraft draft, EuroConverter conversions, Map<ProjectId, Project> projectsById) {
        return convert(draft, null, conversions, id -> Optional.ofNullable(projectsById.get(id)));
    }

    /** Writes a checked file's lines in bulk, in the caller's transaction, with one audit entry for the file. */
    void storeImport(List<Expenditure> lines, String fileName, ImportProgress progress) {
        expenditures.insertAll(lines, clock.instant(),
                done -> progress.reached(ImportProgress.Stage.WRITTEN, done, lines.size()));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("audit.import.file", fileName);
        values.put("audit.import.expenditures", Integer.toString(lines.size()));
        values.put("audit.import.euros", lines.stream().map(line -> line.euros().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
        auditor.record(FILE_AUDIT_TYPE, fileName, AuditEntry.Action.IMPORT, null, values);
        progress.reached(ImportProgress.Stage.WRITTEN, lines.size(), lines.size());
    }

    /**
     * Records a new line. One dated outside its project's dates, or repeating a line the project has on that day,
     * is refused with {@link SpendingWarningException} until the person confirms it ({@code confirmed}).
     */
    public Expenditure create(ExpenditureDraft draft, Set<SpendingWarning> confirmed) {
        return transactions.inTransaction(() -> {
            Expenditure line = convert(draft, null, converter, this::findProject);
            requireConfirmed(line, null, confirmed);
            Expenditure created = expenditures.insert(line, clock.instant());
            auditor.record(AUDIT_TYPE, created.id().toString(), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    /**
     * Saves a changed line. Its conversion is made again only when what it converts changed (amount, currency, date
     * or bank euros): a new description or category never moves the euros of a line already reported. It is asked
     * to be confirmed as {@link #create} asks, for what the change made unusual only.
     */
    public Expenditure update(ExpenditureId id, int version, ExpenditureDraft draft,
            Set<SpendingWarning> confirmed) {
        return transactions.inTransaction(() -> {
            Expenditure current = require(id);
            Expenditure changed = convert(draft, current, converter, this::findProject);
            requireConfirmed(changed, current, confirmed);
            if (!expenditures.update(changed, version, clock.instant())) {
                throw auditor.conflict(describe(current), id.toString(), AUDIT_TYPE);
            }
            Expenditure saved = require(id);
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(current), values(saved));
            return saved;
        });
    }

    /**
     * Throws every reason to confirm {@code line} that {@code confirmed} does not hold. An edited line ({@code
     * current}) is asked only about what its edit changed: its day, for the project's dates; its day, category,
     * amount or description, for a repeat; its amount or euros, for the bank's rate.
     */
    private void requireConfirmed(Expenditure line, Expenditure current, Set<SpendingWarning> confirmed) {
        List<NeedsConfirmation.Reason<SpendingWarning>> found = new ArrayList<>();
        if (current == null || !current.spentOn().equals(line.spentOn())) {
            SpendingWarnings.outsideProject(line, projects.get(line.projectId())).ifPresent(found::add);
        }
        if (current == null || !current.euros().equals(line.euros()) || !current.amount().equals(line.amount())) {
            SpendingWarnings.bankRate(line, converter).ifPresent(found::add);
        }
        if (current == null || !RepeatedLines.same(current, line)) {
            boolean repeats = expenditures.find(new ExpenditureQuery(line.projectId(), null, line.spentOn(),
                    line.spentOn())).stream()
                    .filter(other -> current == null || !other.id().equals(current.id()))
                    .anyMatch(other -> RepeatedLines.same(other, line));
            if (repeats) {
                found.add(SpendingWarnings.alreadyRecorded(line));
            }
        }
        found.removeIf(reason -> confirmed.contains(reason.kind()));
        if (!found.isEmpty()) {
            throw new SpendingWarningException(found);
        }
    }

    /** Deletes a line entered by mistake; the audit trail keeps what it was. */
    public void delete(ExpenditureId id, int version) {
        transactions.inTransaction(() -> {
            Expenditure current = require(id);
            if (!expenditures.delete(id, version)) {
                throw auditor.conflict(describe(current), id.toString(), AUDIT_TYPE);
            }
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.DELETE, values(current), null);
        });
    }

    /** Every change of the line, oldest first; kept after the line is deleted. */
    public List<AuditEntry> history(ExpenditureId id) {
        return transactions.inTransaction(() -> auditor.history(AUDIT_TYPE, id.toString()));
    }

    /**
     * The project's money against its time on {@code asOf}:
     * <ul>
     * <li>received: the euros received up to {@code asOf} earmarked to the project, its share of each payment as the
     * dashboard counts it ({@link ContributionService#receivedByProjects});</li>
     * <li>spent: the euros of its expenditure lines dated up to {@code asOf};</li>
     * <li>% of budget received and spent: each divided by the budget, times 100, one decimal, half up; empty when the
     * budget is unknown or zero;</li>
     * <li>% of time elapsed: from the project's duration on {@code asOf};</li>
     * <li>monthly burn rate: the euros spent in the 12 months ending on {@code asOf} (the same date a year before
     * excluded, {@code asOf} included) divided by 12, half up to the cent;</li>
     * <li>months of funding left: (received − spent) divided by the burn rate, one decimal, half up; empty when the
     * burn rate is zero.</li>
     * </ul>
     */
    public ProjectFinance finance(ProjectId projectId, LocalDate asOf) {
        return finances(List.of(projectId), asOf).get(0);
    }

    /**
     * {@link #finance} of each of {@code projectIds}, in their order, with the receipts read once for all of them:
     * each project's own reading adds up every project's receipts (the dashboard's running projects, decision
     * 0053).
     */
    public List<ProjectFinance> finances(List<ProjectId> projectIds, LocalDate asOf) {
        return transactions.inTransaction(() -> {
            Map<ProjectId, BigDecimal> received = contributions.receivedByProjects(asOf);
            return projectIds.stream().map(id -> finance(id, asOf,
                    received.getOrDefault(id, BigDecimal.ZERO.setScale(2)))).toList();
        });
    }

    private ProjectFinance finance(ProjectId projectId, LocalDate asOf, BigDecimal received) {
        return transactions.inTransaction(() -> {
            Project project = projects.get(projectId);
            BigDecimal spent = expenditures.euros(projectId, null, asOf);
            BigDecimal lastYear = expenditures.euros(projectId, asOf.minusMonths(12), asOf);
            BigDecimal burnRate = lastYear.divide(MONTHS_PER_YEAR, 2, RoundingMode.HALF_UP);
            Optional<BigDecimal> budget = project.budget();
            Optional<BigDecimal> monthsLeft = burnRate.signum() == 0 ? Optional.empty()
                    : Optional.of(received.subtract(spent).divide(burnRate, 1, RoundingMode.HALF_UP));
            return new ProjectFinance(projectId, asOf, budget, received, spent, percentOf(received, budget),
                    percentOf(spent, budget), project.durationAsOf(asOf).percentElapsed(), burnRate, monthsLeft);
        });
    }

    private static Optional<BigDecimal> percentOf(BigDecimal euros, Optional<BigDecimal> budget) {
        return budget.filter(total -> total.signum() > 0)
                .map(total -> euros.multiply(HUNDRED).divide(total, 1, RoundingMode.HALF_UP));
    }

    public Optional<CurrencyInfo> findCurrency(String code) {
        return rates.currencies().find(code);
    }

    /** The current ISO 4217 codes, for a line's currency. */
    public List<String> currentCurrencyCodes() {
        return rates.currencies().all().stream().filter(CurrencyInfo::current).map(CurrencyInfo::code).sorted()
                .toList();
    }

    /**
     * The draft checked (its own rules, its project, not in the future) and converted; {@code stored}'s conversion is
     * kept when what it converts did not change.
     */
    private Expenditure convert(ExpenditureDraft draft, Expenditure stored, EuroConverter conversions,
            java.util.function.Function<ProjectId, Optional<Project>> projectOf) {
        List<FieldError> errors = new ArrayList<>(draft.validate(rates.currencies()::find));
        Project project = null;
        if (draft.projectId() != null) {
            project = projectOf.apply(draft.projectId()).orElse(null);
            if (project == null) {
                errors.add(FieldError.of(ExpenditureDraft.PROJECT, "validation.expenditure.projectMissing"));
            }
        }
        LocalDate today = today();
        if (draft.spentOn() != null && draft.spentOn().isAfter(today)) {
            // A line records money gone, converted at the rate of its day: a future day has no rate yet.
            errors.add(FieldError.of(ExpenditureDraft.SPENT_ON, "validation.expenditure.future", today));
        }
        ValidationException.throwIfAny(errors);
        Money amount = Money.of(draft.amount(), rates.currencies().require(draft.currency()));
        EuroConverter.Result converted = stored != null && convertsTheSame(stored, draft, amount)
                ? new EuroConverter.Result(stored.rate(), stored.euros())
                : conversions.toEuros(amount, draft.spentOn(), draft.bankEuros(), ExpenditureDraft.SPENT_ON);
        return new Expenditure(stored == null ? null : stored.id(), project.id(), project.code(), draft.spentOn(),
                draft.category(), draft.description(), amount, converted.rate(), converted.euros(),
                stored == null ? 0 : stored.version());
    }

    private static boolean convertsTheSame(Expenditure stored, ExpenditureDraft draft, Money amount) {
        boolean storedFromBank = stored.rate().map(rate -> rate.source() == RateSource.BANK_ACTUAL).orElse(false);
        boolean sameBankEuros = draft.bankEuros() == null ? !storedFromBank
                : storedFromBank && stored.euros().amount().compareTo(draft.bankEuros()) == 0;
        return stored.amount().currency().equals(amount.currency())
                && stored.amount().amount().compareTo(amount.amount()) == 0
                && stored.spentOn().equals(draft.spentOn()) && sameBankEuros;
    }

    private Optional<Project> findProject(ProjectId id) {
        try {
            return Optional.of(projects.get(id));
        } catch (NotFoundException deleted) {
            return Optional.empty();
        }
    }

    private Expenditure require(ExpenditureId id) {
        return expenditures.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    /** How a line is named in a message: "OCTOPUS 2024-03-15 EUR 1250.00". */
    private static String describe(Expenditure expenditure) {
        return expenditure.projectCode() + " " + expenditure.spentOn() + " " + expenditure.amount();
    }

    private static Map<String, String> values(Expenditure expenditure) {
        Map<String, String> values = new LinkedHashMap<>();
        // Field names and the category are message keys: each language shows the trail in its own words.
        values.put("expenditure.project", expenditure.projectCode());
        values.put("expenditure.spentOn", expenditure.spentOn().toString());
        values.put("expenditure.category", expenditure.category().messageKey());
        values.put("expenditure.description", expenditure.description());
        values.put("expenditure.amount", expenditure.amount().toString());
        expenditure.rate().ifPresent(rate -> {
            values.put("payment.rate", rate.unitsPerEuro().toPlainString());
            values.put("payment.rateDate", rate.date().toString());
        });
        values.put("payment.basis", expenditure.basisMessageKey());
        values.put("payment.euros", expenditure.euros().toString());
        return values;
    }
}
