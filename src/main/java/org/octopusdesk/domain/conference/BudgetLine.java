package org.octopusdesk.domain.conference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.spending.Expenditure;

/**
 * A line of an edition's budget as stored: its plan, converted once on the day it was planned, and its actual costs,
 * which are the project's expenditure lines booked for it (decision 0028).
 *
 * @param id {@code null} for a line not saved yet
 * @param plannedRate the rate the plan was converted at; empty for a plan in euros
 * @param actuals the expenditure lines booked for this line, oldest first
 */
public record BudgetLine(BudgetLineId id, ConferenceId conference, BudgetCategory category, String description,
        Money planned, LocalDate plannedOn, Optional<ExchangeRate> plannedRate, Money plannedEuros,
        List<Expenditure> actuals, int version) {

    public BudgetLine {
        actuals = List.copyOf(actuals);
    }

    /** The euros of the actual costs, each as converted when it was booked. */
    public Money actualEuros() {
        return actuals.stream().map(Expenditure::euros).reduce(Money.euros(java.math.BigDecimal.ZERO), Money::plus);
    }

    /** How the planned euros were found, as a message key: the rate's source, or "already in euros". */
    public String plannedBasisMessageKey() {
        return plannedRate.map(used -> used.source().shortMessageKey()).orElse("payment.basis.euro");
    }

    public BudgetLineDraft toDraft() {
        return new BudgetLineDraft(category, description, planned.amount(), planned.currency(), plannedOn);
    }
}
