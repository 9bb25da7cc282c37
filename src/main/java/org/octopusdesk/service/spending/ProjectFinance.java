package org.octopusdesk.service.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.octopusdesk.domain.project.ProjectId;

/**
 * A project's money held against its time, as of a date: what it received and spent against its budget, how much of
 * its time has gone by, how fast it spends, and how long what it holds lasts at that pace. All amounts are euros as
 * stored with each payment and expenditure line (never converted again), so the figures of a date do not change.
 *
 * @param budget the project's budget in euros; empty when it is not known
 * @param receivedEuros the euros received up to {@code asOf} that are earmarked to the project: its share of each
 *     payment, as the dashboard counts it (contributions split with other projects without public amounts are not
 *     in it)
 * @param spentEuros the euros of its expenditure lines dated up to {@code asOf}
 * @param percentBudgetReceived received / budget × 100, one decimal, half up; empty without a budget above zero
 * @param percentBudgetSpent spent / budget × 100, one decimal, half up; empty without a budget above zero
 * @param percentTimeElapsed the share of the project's days elapsed on {@code asOf} (see {@code ProjectDuration})
 * @param monthlyBurnRate the euros spent in the 12 months ending on {@code asOf} (from the day after the same date a
 *     year before, to {@code asOf} included) divided by 12, half up to the cent
 * @param monthsOfFundingLeft (received − spent) / monthly burn rate, one decimal, half up: how many months what is
 *     left lasts at the recent pace (negative when more was spent than received); empty when the burn rate is zero
 */
public record ProjectFinance(ProjectId project, LocalDate asOf, Optional<BigDecimal> budget, BigDecimal receivedEuros,
        BigDecimal spentEuros, Optional<BigDecimal> percentBudgetReceived, Optional<BigDecimal> percentBudgetSpent,
        BigDecimal percentTimeElapsed, BigDecimal monthlyBurnRate, Optional<BigDecimal> monthsOfFundingLeft) {

    /** What is left: received minus spent, in euros (negative when more was spent than received). */
    public BigDecimal balanceEuros() {
        return receivedEuros.subtract(spentEuros);
    }
}
