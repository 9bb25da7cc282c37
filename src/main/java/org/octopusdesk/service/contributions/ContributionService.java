package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.NeedsConfirmation;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.conference.EditionFunding;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionId;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.contribution.PaymentId;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.money.CurrencyInfo;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.csv.ImportProgress;
import org.octopusdesk.service.rates.BankRateGap;
import org.octopusdesk.service.rates.EuroConverter;
import org.octopusdesk.service.rates.PendingManualRates;
import org.octopusdesk.service.rates.RatesService;

/**
 * The use cases of contributions: pledges and where they are earmarked, payments and their conversion to euros,
 * cancellation, and the totals people report. Every change is audited in the transaction that makes it.
 */
public class ContributionService {

    /** The record types in the audit trail; payments are kept under their contribution's key. */
    public static final String AUDIT_TYPE = "CONTRIBUTION";
    public static final String PAYMENT_AUDIT_TYPE = "PAYMENT";
    /** The record type of a whole contribution file in the audit trail, under the file's name. */
    public static final String FILE_AUDIT_TYPE = "CONTRIBUTION_FILE";
    public static final int CANCEL_REASON_MAX = 1000;
    /** Where a manual rate recorded with a payment came from, in the rate's audit entry. */
    static final String FILE_ORIGIN = "audit.rates.origin.contributionFile";

    private final ContributionRepository contributions;
    private final RatesService rates;
    private final EditionEarmarks editions;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;
    private final EuroConverter converter;

    public ContributionService(ContributionRepository contributions, RatesService rates, Transactions transactions,
            Clock clock, Auditor auditor) {
        this.contributions = contributions;
        this.rates = rates;
        this.editions = new EditionEarmarks(contributions, rates.currencies());
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
        this.converter = new EuroConverter(rates);
    }

    public ContributionPage page(ContributionQuery query, int offset, int limit) {
        return page(query, PageStart.at(offset), limit);
    }

    /** A page of a list where a person asked it to start: next and previous continue from a row (0032). */
    public ContributionPage page(ContributionQuery query, PageStart start, int limit) {
        return transactions.inTransaction(() -> ContributionPages.read(contributions, query, start, limit));
    }

    public ContributionDetails details(ContributionId id) {
        return transactions.inTransaction(() -> new ContributionDetails(require(id), contributions.payments(id)));
    }

    public Optional<Contribution> findByReference(String reference) {
        return transactions.inTransaction(() -> contributions.findByReferenceIgnoreCase(reference));
    }

    public Contribution create(ContributionDraft draft) {
        return transactions.inTransaction(() -> {
            ValidationException.throwIfAny(validate(draft, null));
            Contribution created = contributions.insert(draft, clock.instant());
            auditor.record(AUDIT_TYPE, created.id().toString(), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    /** The pledge's own rules, for a file's line: the file looks its references up all at once. */
    List<FieldError> pledgeProblems(ContributionDraft draft) {
        return draft.validate(rates.currencies()::find);
    }

    /** The references stored, in lower case, for a file's pledges to be checked against. */
    Set<String> storedReferenceKeys() {
        return transactions.inTransaction(contributions::referenceKeys);
    }

    /**
     * Writes a checked file in the caller's transaction: its new manual rates, then every record in bulk, then one
     * audit entry for the whole file (decision 0016: the chained trail costs about a millisecond an entry).
     */
    void storeImport(ImportedContributions checked, PendingManualRates manualRates, String fileName,
            ImportProgress progress) {
        manualRates.store();
        int records = checked.pledges().size() + checked.payments().size();
        try {
            contributions.insertImported(checked, clock.instant(),
                    done -> progress.reached(ImportProgress.Stage.WRITTEN, done, records));
        } catch (org.octopusdesk.service.ConcurrentEditException changed) {
            throw auditor.named(changed, AUDIT_TYPE, PAYMENT_AUDIT_TYPE);
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("audit.import.file", fileName);
        values.put("audit.import.pledges", Integer.toString(checked.pledges().size()));
        values.put("audit.import.allocations", Integer.toString(checked.allocations()));
        values.put("audit.import.payments", Integer.toString(checked.payments().size()));
        values.put("audit.import.storedPledgesPaid", Integer.toString(checked.existing().size()));
        values.put("audit.import.cancelled", Long.toString(checked.pledges().stream()
                .filter(pledge -> pledge.state().status() == ContributionStatus.CANCELLED).count()));
        values.put("audit.import.manualRates", Integer.toString(manualRates.count()));
        if (!checked.pledges().isEmpty()) {
            values.put("audit.import.references", checked.pledges().get(0).draft().reference() + " … "
                    + checked.pledges().get(checked.pledges().size() - 1).draft().reference());
        }
        auditor.record(FILE_AUDIT_TYPE, fileName, AuditEntry.Action.IMPORT, null, values);
        progress.reached(ImportProgress.Stage.WRITTEN, records, records);
    }

    /** Saves a changed pledge; its currency cannot change once money has been received in it. */
    public Contribution update(ContributionId id, int version, ContributionDraft draft) {
        return transactions.inTransaction(() -> {
            Contribution current = require(id);
            List<FieldError> errors = validate(draft, id);
            if (current.paymentCount() > 0 && !current.pledged().currency().equals(draft.currency())) {
                errors.add(FieldError.of(ContributionDraft.CURRENCY, "validation.contribution.currencyFixed"));
            }
            // Lowered below the money received, a pledge would read "Received" with the excess nowhere. A pledge
            // already below it (an overpayment the person confirmed) may still be edited otherwise.
            if (draft.amount() != null && draft.amount().compareTo(current.pledged().amount()) < 0
                    && draft.amount().compareTo(current.paid().amount()) < 0) {
                errors.add(FieldError.of(ContributionDraft.AMOUNT, "validation.contribution.belowReceived",
                        current.paid()));
            }
            ValidationException.throwIfAny(errors);
            ContributionStatus status = ContributionStatus.of(draft.amount(), current.paid().amount(),
                    current.status() == ContributionStatus.CANCELLED);
            if (!contributions.update(id, version, draft, status, clock.instant())) {
                throw auditor.conflict(current.reference(), current.id().toString(), AUDIT_TYPE, PAYMENT_AUDIT_TYPE);
            }
            Contribution saved = require(id);
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(current), values(saved));
            return saved;
        });
    }

    /** Cancels what is still expected of a pledge, with the reason; payments already received stay. */
    public Contribution cancel(ContributionId id, int version, LocalDate on, String reason) {
        String why = reason == null ? "" : reason.strip();
        return transactions.inTransaction(() -> {
            Contribution current = require(id);
            checkCancel(current, on, why);
            if (!contributions.cancel(id, version, on, why, clock.instant())) {
                throw auditor.conflict(current.reference(), current.id().toString(), AUDIT_TYPE, PAYMENT_AUDIT_TYPE);
            }
            Contribution saved = require(id);
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(current), values(saved));
            return saved;
        });
    }

    /**
     * The rules of a cancellation, for the window and for a file's pledges.
     *
     * @param why the reason, stripped
     */
    static void checkCancel(Contribution current, LocalDate on, String why) {
        List<FieldError> errors = new ArrayList<>();
        if (on == null) {
            errors.add(FieldError.of("cancelledOn", "validation.required"));
        } else if (on.isBefore(current.agreementDate())) {
            errors.add(FieldError.of("cancelledOn", "validation.contribution.cancelBeforeAgreement",
                    current.agreementDate()));
        }
        if (why.isEmpty()) {
            errors.add(FieldError.of("reason", "validation.required"));
        } else if (why.length() > CANCEL_REASON_MAX) {
            errors.add(FieldError.of("reason", "validation.tooLong", CANCEL_REASON_MAX));
        }
        ValidationException.throwIfAny(errors);
        if (!current.status().isOpen()) {
            throw new DomainException("error.contribution.notOpen", current.reference());
        }
    }

    /** Deletes a pledge entered by mistake; one with payments is cancelled instead, its payments are the record. */
    public void delete(ContributionId id, int version) {
        transactions.inTransaction(() -> {
            Contribution current = require(id);
            if (current.paymentCount() > 0) {
                throw new DomainException("error.contribution.hasPayments", current.reference());
            }
            if (!contributions.delete(id, version)) {
                throw auditor.conflict(current.reference(), current.id().toString(), AUDIT_TYPE, PAYMENT_AUDIT_TYPE);
            }
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.DELETE, values(current), null);
        });
    }

    /**
     * The payment as it would be saved: validated and converted (bank credit, else the ECB rate of the value date or
     * the last publication up to four days before, else a manual rate), without saving it.
     */
    public Payment preview(ContributionId id, PaymentDraft draft) {
        return transactions.inTransaction(() -> convert(require(id), draft, converter,
                manual -> rates.adoptManual(manual, FILE_ORIGIN)));
    }

    /** How far a previewed payment's bank euros are from the ECB's rate, when the save would ask about it. */
    public Optional<BankRateGap> bankRateGap(Payment payment) {
        return transactions.inTransaction(() -> BankRateGap.of(payment.amount(), payment.rate(), payment.euros(),
                converter));
    }

    /**
     * Records a payment with its conversion and updates what the pledge has received.
     *
     * @param confirmed what the person saw and wants saved anyway (paid in advance, above what is outstanding);
     *     those that apply are kept with the payment
     * @throws PaymentWarningException listing what applies and was not confirmed
     */
    public Contribution addPayment(ContributionId id, int version, PaymentDraft draft, Set<PaymentWarning> confirmed) {
        return transactions.inTransaction(() -> {
            Contribution current = require(id);
            Payment payment = accepted(current, contributions.payments(id), draft, confirmed, converter,
                    manual -> rates.adoptManual(manual, FILE_ORIGIN));
            Payment saved = contributions.insertPayment(id, payment, clock.instant());
            Contribution updated = updateReceived(current, version, current.paid().plus(saved.amount()),
                    current.receivedEuros().plus(saved.euros()), current.paymentCount() + 1);
            auditor.record(PAYMENT_AUDIT_TYPE, id.toString(), AuditEntry.Action.CREATE, null, values(saved));
            return updated;
        });
    }

    /** The payments stored for a pledge, in the caller's transaction: an import's lines are checked against them. */
    List<Payment> storedPayments(ContributionId id) {
        return contributions.payments(id);
    }

    /**
     * The payment {@code current} would receive: converted, and with the warnings that apply, which must all be in
     * {@code confirmed}; the pledge as it stands is not changed. For the window and for a file's lines.
     *
     * @param recorded the payments {@code current} has already, to tell one made again
     * @throws PaymentWarningException listing what applies and was not confirmed
     */
    Payment accepted(Contribution current, List<Payment> recorded, PaymentDraft draft, Set<PaymentWarning> confirmed,
            EuroConverter conversions, org.octopusdesk.service.rates.ManualRateAdoption manualRates) {
        if (current.status() == ContributionStatus.CANCELLED) {
            throw new DomainException("error.contribution.cancelled", current.reference());
        }
        Payment converted = convert(current, draft, conversions, manualRates);
        List<NeedsConfirmation.Reason<PaymentWarning>> warnings = PaymentWarnings.of(current, converted, recorded,
                BankRateGap.of(converted.amount(), converted.rate(), converted.euros(), conversions));
        List<NeedsConfirmation.Reason<PaymentWarning>> unconfirmed = warnings.stream()
                .filter(warning -> !confirmed.contains(warning.kind())).toList();
        if (!unconfirmed.isEmpty()) {
            throw new PaymentWarningException(unconfirmed);
        }
        return converted.withConfirmedWarnings(warnings.stream()
                .map(NeedsConfirmation.Reason::kind).collect(Collectors.toSet()));
    }

    /** Removes a payment entered by mistake; the audit trail keeps what it was. */
    public Contribution removePayment(ContributionId id, int version, PaymentId paymentId) {
        return transactions.inTransaction(() -> {
            Contribution current = require(id);
            Payment payment = contributions.payments(id).stream().filter(each -> each.id().equals(paymentId))
                    .findFirst().orElseThrow(() -> new NotFoundException(String.valueOf(paymentId)));
            Money paid = current.paid().minus(payment.amount());
            Money euros = current.receivedEuros().minus(payment.euros());
            Contribution updated = updateReceived(current, version, paid, euros, current.paymentCount() - 1);
            contributions.deletePayment(id, paymentId);
            auditor.record(PAYMENT_AUDIT_TYPE, id.toString(), AuditEntry.Action.DELETE, values(payment), null);
            return updated;
        });
    }

    /** Every change of the contribution and its payments, oldest first; kept after the contribution is deleted. */
    public List<AuditEntry> history(ContributionId id) {
        return transactions.inTransaction(() -> {
            List<AuditEntry> entries = new ArrayList<>(auditor.history(AUDIT_TYPE, id.toString()));
            entries.addAll(auditor.history(PAYMENT_AUDIT_TYPE, id.toString()));
            entries.sort(Comparator.comparing(AuditEntry::recordedAt));
            return entries;
        });
    }

    /** A donor's totals, with what is outstanding re-expressed at the rates of {@code asOf}. */
    public DonorTotals donorTotals(DonorId donor, LocalDate asOf) {
        return transactions.inTransaction(() -> {
            ContributionQuery query = ContributionQuery.all().withDonor(donor);
            List<CurrencyTotals> byCurrency = contributions.totalsByCurrency(query);
            BigDecimal received = byCurrency.stream().map(CurrencyTotals::receivedEuros)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new DonorTotals(byCurrency, received, estimate(byCurrency.stream()
                    .map(total -> Money.of(total.outstanding(), rates.currencies().require(total.currency())))
                    .toList(), asOf), (int) contributions.count(query));
        });
    }

    /** How many outstanding pledges the dashboard names; the rest are counted. */
    static final int OUTSTANDING_PLEDGES_NAMED = 8;

    /** The money figures of the dashboard as of a date. */
    public MoneySummary summary(LocalDate asOf, int topDonors) {
        return transactions.inTransaction(() -> {
            LocalDate yearStart = asOf.withDayOfYear(1);
            List<Money> outstanding = contributions.outstandingByCurrency(asOf);
            List<Receipts.ByYearAndDonor> byYear = contributions.receiptsByYearAndDonor(asOf);
            return new MoneySummary(asOf,
                    contributions.receiptsByProject(yearStart, asOf),
                    contributions.receiptsByProject(ContributionDraft.EARLIEST, asOf),
                    outstanding, estimate(outstanding, asOf), Receipts.topDonors(byYear, topDonors), byYear,
                    contributions.outstandingPledges(asOf, OUTSTANDING_PLEDGES_NAMED),
                    contributions.countOutstandingPledges(asOf));
        });
    }

    /**
     * The euros each project received up to {@code asOf} (value dates, both ends included), as the dashboard counts
     * them: its share of each payment earmarked to it by amount or percentage; a project that received nothing is
     * not in it. Contributions split with other projects without public amounts are not in it either, since a
     * project's part of them is not known.
     */
    public Map<ProjectId, BigDecimal> receivedByProjects(LocalDate asOf) {
        return transactions.inTransaction(() -> contributions.receiptsByProject(ContributionDraft.EARLIEST, asOf)
                .eurosByProject());
    }

    /** Every matching contribution with its payments, in the query's order, read a chunk at a time. */
    public void forEach(ContributionQuery query, java.util.function.Consumer<ContributionDetails> each) {
        transactions.inTransaction(() -> contributions.forEach(query, each));
    }

    public List<String> currencies() {
        return transactions.inTransaction(contributions::currencies);
    }

    public List<Integer> years() {
        return transactions.inTransaction(contributions::years);
    }

    public Optional<CurrencyInfo> findCurrency(String code) {
        return rates.currencies().find(code);
    }

    /** The current ISO 4217 codes, for a pledge's currency. */
    public List<String> currentCurrencyCodes() {
        return rates.currencies().all().stream().filter(CurrencyInfo::current).map(CurrencyInfo::code).sorted()
                .toList();
    }

    /**
     * Estimates one amount at a time at the ECB rates of {@code asOf}, looking each currency's rate up once: for a
     * report that estimates thousands of open pledges.
     */
    public java.util.function.Function<Money, EuroEstimate> estimator(LocalDate asOf) {
        Map<String, Optional<ExchangeRate>> rateOf = new java.util.HashMap<>();
        return amount -> EuroEstimate.of(List.of(amount), asOf, currency -> rateOf.computeIfAbsent(currency,
                code -> transactions.inTransaction(() -> rates.latestEcbRate(code, asOf))));
    }

    /** Outstanding amounts re-expressed in euros at the ECB rates that apply on {@code asOf}. */
    private EuroEstimate estimate(List<Money> outstanding, LocalDate asOf) {
        return EuroEstimate.of(outstanding, asOf, currency -> rates.latestEcbRate(currency, asOf));
    }

    private Payment convert(Contribution contribution, PaymentDraft draft, EuroConverter conversions,
            org.octopusdesk.service.rates.ManualRateAdoption manualRates) {
        CurrencyInfo currency = rates.currencies().require(contribution.pledged().currency());
        List<FieldError> errors = new ArrayList<>(draft.validate(currency));
        LocalDate today = LocalDate.now(clock);
        if (draft.valueDate() != null && draft.valueDate().isAfter(today)) {
            // Money is received, not expected, here: a pledge says what is to come.
            errors.add(FieldError.of(PaymentDraft.VALUE_DATE, "validation.payment.future", today));
        }
        ValidationException.throwIfAny(errors);
        Money amount = Money.of(draft.amount(), currency);
        EuroConverter.Result converted = draft.recorded().isPresent()
                ? conversions.adopt(amount, draft.valueDate(), draft.bankEuros(), draft.recorded().get(),
                        manualRates)
                : conversions.toEuros(amount, draft.valueDate(), draft.bankEuros(), PaymentDraft.VALUE_DATE);
        return new Payment(null, draft.valueDate(), amount, converted.rate(), converted.euros(), draft.note(),
                Set.of());
    }

    private Contribution updateReceived(Contribution current, int version, Money paid, Money euros, int count) {
        ContributionStatus status = ContributionStatus.of(current.pledged().amount(), paid.amount(),
                current.status() == ContributionStatus.CANCELLED);
        if (!contributions.updateReceived(current.id(), version, paid, euros, count, status, clock.instant())) {
            throw auditor.conflict(current.reference(), current.id().toString(), AUDIT_TYPE, PAYMENT_AUDIT_TYPE);
        }
        return require(current.id());
    }

    private Contribution require(ContributionId id) {
        return contributions.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private List<FieldError> validate(ContributionDraft draft, ContributionId self) {
        List<FieldError> errors = new ArrayList<>(draft.validate(rates.currencies()::find));
        if (!draft.reference().isEmpty()) {
            Optional<Contribution> holder = contributions.findByReferenceIgnoreCase(draft.reference());
            if (holder.isPresent() && !holder.get().id().equals(self)) {
                errors.add(FieldError.of(ContributionDraft.REFERENCE, "validation.contribution.referenceTaken",
                        draft.reference()));
            }
        }
        errors.addAll(editions.problems(draft));
        return errors;
    }

    /** The conference editions an earmark can name, each under its project (decision 0028). */
    public List<EarmarkEdition> earmarkEditions() {
        return transactions.inTransaction(contributions::editionsWithProject);
    }

    /**
     * What the contributions earmarked to the edition bring it as of {@code asOf}, in euros (decision 0028): see
     * {@link EditionEarmarks#funding}.
     */
    public List<EditionFunding> fundingOfEdition(ConferenceId edition, LocalDate asOf) {
        return transactions.inTransaction(() -> editions.funding(edition, asOf, estimator(asOf)));
    }

    private static Map<String, String> values(Contribution contribution) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("contribution.reference", contribution.reference());
        values.put("contribution.donor", contribution.donorName());
        values.put("contribution.agreementDate", contribution.agreementDate().toString());
        values.put("contribution.amount", contribution.pledged().toString());
        values.put("contribution.intermediary", contribution.intermediary());
        values.put("contribution.allocations", contribution.allocations().stream()
                .map(ContributionService::describe).collect(Collectors.joining("; ")));
        values.put("contribution.notes", contribution.notes());
        values.put("contribution.status", contribution.status().messageKey());
        contribution.cancelledOn().ifPresent(on -> {
            values.put("contribution.cancelledOn", on.toString());
            values.put("contribution.cancelReason", contribution.cancelReason());
        });
        return values;
    }

    private static String describe(Allocation allocation) {
        return switch (allocation.basis()) {
            case AMOUNT -> allocation.target() + " " + allocation.amount().toPlainString();
            case SHARE -> allocation.target() + " " + allocation.sharePercent().stripTrailingZeros()
                    .toPlainString() + " %";
            case UNDISCLOSED -> allocation.target() + " ?";
        };
    }

    private static Map<String, String> values(Payment payment) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("payment.valueDate", payment.valueDate().toString());
        values.put("payment.amount", payment.amount().toString());
        payment.rate().ifPresent(rate -> {
            values.put("payment.rate", rate.unitsPerEuro().toPlainString());
            values.put("payment.rateDate", rate.date().toString());
        });
        values.put("payment.basis", payment.basisMessageKey());
        values.put("payment.euros", payment.euros().toString());
        values.put("payment.note", payment.note());
        if (!payment.confirmedWarnings().isEmpty()) {
            // Message keys, so the history reads "in advance" / "anticipé" rather than the stored code.
            values.put("payment.confirmedWarnings", payment.confirmedWarnings().stream().sorted()
                    .map(PaymentWarning::messageKey).collect(java.util.stream.Collectors.joining(", ")));
        }
        return values;
    }
}
