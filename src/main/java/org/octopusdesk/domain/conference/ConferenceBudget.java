package org.octopusdesk.domain.conference;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.octopusdesk.domain.money.Money;

/**
 * An edition's budget and its funding, in euros: every amount was converted once, when it was planned, booked or
 * received, so the totals add euros only and never two currencies (decision 0028).
 *
 * <p>The balance is the income (received, plus what earmarked pledges still owe, an estimate) minus the actual costs;
 * the planned balance is the same income minus the planned costs.
 */
public record ConferenceBudget(List<BudgetLine> lines, List<EditionFunding> funding) {

    private static final Money NONE = Money.euros(BigDecimal.ZERO);

    /** Planned and actual euros of one category. */
    public record CategoryTotals(BudgetCategory category, Money planned, Money actual) {
    }

    public ConferenceBudget {
        lines = List.copyOf(lines);
        funding = List.copyOf(funding);
    }

    /** The categories that have lines, in the order of {@link BudgetCategory}, with their totals. */
    public List<CategoryTotals> byCategory() {
        Map<BudgetCategory, CategoryTotals> totals = new EnumMap<>(BudgetCategory.class);
        for (BudgetLine line : lines) {
            totals.merge(line.category(), new CategoryTotals(line.category(), line.plannedEuros(), line.actualEuros()),
                    (sum, more) -> new CategoryTotals(sum.category(), sum.planned().plus(more.planned()),
                            sum.actual().plus(more.actual())));
        }
        return List.copyOf(totals.values());
    }

    public Money plannedEuros() {
        return sum(lines, BudgetLine::plannedEuros);
    }

    public Money actualEuros() {
        return sum(lines, BudgetLine::actualEuros);
    }

    public Money receivedEuros() {
        return sum(funding, EditionFunding::receivedEuros);
    }

    /** What earmarked pledges still owe, estimated in euros. */
    public Money outstandingEuros() {
        return sum(funding, EditionFunding::outstandingEuros);
    }

    public Money incomeEuros() {
        return receivedEuros().plus(outstandingEuros());
    }

    /** Income minus actual costs: negative when the edition cost more than it brings in. */
    public Money balance() {
        return incomeEuros().minus(actualEuros());
    }

    /** Income minus planned costs. */
    public Money plannedBalance() {
        return incomeEuros().minus(plannedEuros());
    }

    private static <T> Money sum(List<T> items, Function<T, Money> euros) {
        return items.stream().map(euros).reduce(NONE, Money::plus);
    }
}
