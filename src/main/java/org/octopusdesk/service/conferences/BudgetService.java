package org.octopusdesk.service.conferences;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.ActualCostDraft;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.BudgetLineDraft;
import org.octopusdesk.domain.conference.BudgetLineId;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceBudget;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.domain.spending.ExpenditureId;
import org.octopusdesk.domain.spending.SpendingWarning;
import org.octopusdesk.service.NotFoundException;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;
import org.octopusdesk.service.rates.EuroConverter;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.service.spending.SpendingService;

/**
 * The use cases of an edition's budget (decision 0028): its lines, planned in any currency and converted once by
 * the rules of payments; their actual costs, booked as expenditure lines of the edition's project through
 * {@link SpendingService} (so the project's spending, burn rate and report count them once); and the balance against
 * the contributions earmarked to the edition.
 */
public class BudgetService {

    /** The record type of budget lines in the audit trail, under the line's id. */
    public static final String AUDIT_TYPE = "BUDGET_LINE";

    private final BudgetRepository lines;
    private final ConferenceRepository conferences;
    private final SpendingService spending;
    private final EditionFundingSource funding;
    private final RatesService rates;
    private final EuroConverter converter;
    private final Transactions transactions;
    private final Clock clock;
    private final Auditor auditor;

    public BudgetService(BudgetRepository lines, ConferenceRepository conferences, SpendingService spending,
            EditionFundingSource funding, RatesService rates, Transactions transactions, Clock clock,
            Auditor auditor) {
        this.lines = lines;
        this.conferences = conferences;
        this.spending = spending;
        this.funding = funding;
        this.rates = rates;
        this.converter = new EuroConverter(rates);
        this.transactions = transactions;
        this.clock = clock;
        this.auditor = auditor;
    }

    /** The edition's lines with their actual costs and the contributions earmarked to it, as of today. */
    public ConferenceBudget budget(ConferenceId conference) {
        return transactions.inTransaction(() -> {
            requireConference(conference);
            return new ConferenceBudget(lines.findByConference(conference),
                    funding.fundingOf(conference, LocalDate.now(clock)));
        });
    }

    public BudgetLine createLine(ConferenceId conference, BudgetLineDraft draft) {
        return transactions.inTransaction(() -> {
            requireConference(conference);
            BudgetLine created = lines.insert(convert(conference, draft, null), clock.instant());
            auditor.record(AUDIT_TYPE, created.id().toString(), AuditEntry.Action.CREATE, null, values(created));
            return created;
        });
    }

    /** Saves a changed plan; its conversion is made again only when the amount, currency or day changed. */
    public BudgetLine updateLine(BudgetLineId id, int version, BudgetLineDraft draft) {
        return transactions.inTransaction(() -> {
            BudgetLine current = require(id);
            if (!lines.update(convert(current.conference(), draft, current), version, clock.instant())) {
                throw auditor.conflict(current.description(), id.toString(), AUDIT_TYPE);
            }
            BudgetLine saved = require(id);
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(current), values(saved));
            return saved;
        });
    }

    /** Deletes a line that has no actual costs: money already spent stays on the record. */
    public void deleteLine(BudgetLineId id, int version) {
        transactions.inTransaction(() -> {
            BudgetLine current = require(id);
            if (!current.actuals().isEmpty()) {
                throw new DomainException("error.budget.lineHasActuals", current.description(),
                        current.actuals().size());
            }
            if (!lines.delete(id, version)) {
                throw auditor.conflict(current.description(), id.toString(), AUDIT_TYPE);
            }
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.DELETE, values(current), null);
        });
    }

    /**
     * Books an actual cost of the line as an expenditure line of the edition's project, converted and audited as
     * any other; refused for an edition without a project, whose spending has nowhere to go. Like any expenditure
     * line, one dated outside the project or repeating a line it has is refused until {@code confirmed} holds why
     * ({@link org.octopusdesk.service.spending.SpendingWarningException}).
     */
    public Expenditure addActual(BudgetLineId id, ActualCostDraft draft, Set<SpendingWarning> confirmed) {
        return transactions.inTransaction(() -> {
            BudgetLine line = require(id);
            Conference conference = requireConference(line.conference());
            if (conference.project() == null) {
                throw new DomainException("error.budget.noProject", conference.title());
            }
            Expenditure booked = spending.create(new ExpenditureDraft(conference.project(), draft.spentOn(),
                    line.category().spendingCategory(), conference.title() + " – " + line.description(),
                    draft.amount(), draft.currency(), draft.bankEuros()), confirmed);
            lines.linkActual(id, booked.id());
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(line), values(require(id)));
            return booked;
        });
    }

    /** Removes an actual cost booked by mistake: the expenditure line goes, and the audit trail keeps both. */
    public void removeActual(BudgetLineId id, ExpenditureId actual, int version) {
        transactions.inTransaction(() -> {
            BudgetLine line = require(id);
            if (line.actuals().stream().noneMatch(expenditure -> expenditure.id().equals(actual))) {
                throw new NotFoundException(actual.toString());
            }
            spending.delete(actual, version);
            auditor.record(AUDIT_TYPE, id.toString(), AuditEntry.Action.UPDATE, values(line), values(require(id)));
        });
    }

    /** Every change of the line, oldest first; kept after the line is deleted. */
    public List<AuditEntry> history(BudgetLineId id) {
        return transactions.inTransaction(() -> auditor.history(AUDIT_TYPE, id.toString()));
    }

    /** The current ISO 4217 codes, for a plan's or a cost's currency. */
    public List<String> currentCurrencyCodes() {
        return spending.currentCurrencyCodes();
    }

    public java.util.Optional<org.octopusdesk.domain.money.CurrencyInfo> findCurrency(String code) {
        return rates.currencies().find(code);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private BudgetLine convert(ConferenceId conference, BudgetLineDraft draft, BudgetLine stored) {
        List<FieldError> errors = new ArrayList<>(draft.validate(rates.currencies()::find));
        LocalDate today = today();
        if (draft.plannedOn() != null && draft.plannedOn().isAfter(today)) {
            // A plan is converted at the rate of the day it was made: a day to come has no rate yet.
            errors.add(FieldError.of(BudgetLineDraft.PLANNED_ON, "validation.budget.plannedFuture", today));
        }
        ValidationException.throwIfAny(errors);
        Money planned = Money.of(draft.plannedAmount(), rates.currencies().require(draft.plannedCurrency()));
        EuroConverter.Result converted = stored != null && stored.planned().equals(planned)
                && stored.plannedOn().equals(draft.plannedOn())
                ? new EuroConverter.Result(stored.plannedRate(), stored.plannedEuros())
                : converter.toEuros(planned, draft.plannedOn(), null, BudgetLineDraft.PLANNED_ON);
        return new BudgetLine(stored == null ? null : stored.id(), conference, draft.category(), draft.description(),
                planned, draft.plannedOn(), converted.rate(), converted.euros(),
                stored == null ? List.of() : stored.actuals(), stored == null ? 0 : stored.version());
    }

    private Conference requireConference(ConferenceId id) {
        return conferences.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private BudgetLine require(BudgetLineId id) {
        return lines.findById(id).orElseThrow(() -> new NotFoundException(String.valueOf(id)));
    }

    private static Map<String, String> values(BudgetLine line) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("budget.category", line.category().messageKey());
        values.put("budget.description", line.description());
        values.put("budget.planned", line.planned().toString());
        values.put("budget.plannedOn", line.plannedOn().toString());
        line.plannedRate().ifPresent(rate -> {
            values.put("payment.rate", rate.unitsPerEuro().toPlainString());
            values.put("payment.rateDate", rate.date().toString());
        });
        values.put("payment.basis", line.plannedBasisMessageKey());
        values.put("budget.plannedEuros", line.plannedEuros().toString());
        values.put("budget.actualCount", Integer.toString(line.actuals().size()));
        values.put("budget.actualEuros", line.actualEuros().toString());
        return values;
    }
}
