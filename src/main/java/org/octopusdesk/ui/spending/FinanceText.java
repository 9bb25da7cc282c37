package org.octopusdesk.ui.spending;

import java.math.BigDecimal;
import java.util.Optional;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.spending.ProjectFinance;

/** A project's money against time in words, the same on its page and on the dashboard. */
public final class FinanceText {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Messages messages;

    public FinanceText(Messages messages) {
        this.messages = messages;
    }

    /** "34.0%", or a dash when the budget is not known. */
    public String percent(Optional<BigDecimal> percent) {
        return percent.map(messages::percent).orElse("—");
    }

    /** Between 0 and 1, for a progress bar; 0 without a figure. */
    public static double fraction(Optional<BigDecimal> percent) {
        return percent.map(value -> Math.max(0, Math.min(1, value.divide(HUNDRED).doubleValue()))).orElse(0.0);
    }

    public String budget(ProjectFinance finance) {
        return finance.budget().map(messages::euros).orElse(messages.text("project.budget.unknown"));
    }

    /** "EUR 3,566.92 a month", or that nothing was spent in the last 12 months. */
    public String burnRate(ProjectFinance finance) {
        return finance.monthlyBurnRate().signum() == 0 ? messages.text("finance.burnRate.none")
                : messages.text("finance.burnRate.value", messages.euros(finance.monthlyBurnRate()));
    }

    /** "53.0 months (EUR 189,196.93 left)", or why there is no figure. */
    public String monthsLeft(ProjectFinance finance) {
        return finance.monthsOfFundingLeft().map(months -> messages.text("finance.monthsLeft.value",
                messages.number(months), messages.euros(finance.balanceEuros())))
                .orElse(messages.text("finance.monthsLeft.none", messages.euros(finance.balanceEuros())));
    }

    /** The dashboard's line: "Received 34.0% · spent 15.1% of the budget · 74.9% of the time". */
    public String summary(ProjectFinance finance) {
        if (finance.budget().filter(budget -> budget.signum() > 0).isEmpty()) {
            return messages.text("finance.summary.noBudget", messages.euros(finance.receivedEuros()),
                    messages.euros(finance.spentEuros()), messages.percent(finance.percentTimeElapsed()));
        }
        return messages.text("finance.summary", percent(finance.percentBudgetReceived()),
                percent(finance.percentBudgetSpent()), messages.percent(finance.percentTimeElapsed()));
    }
}
