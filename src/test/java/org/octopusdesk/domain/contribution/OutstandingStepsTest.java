package org.octopusdesk.domain.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pledge's outstanding steps: what it expected from its agreement to the day it expected nothing more. */
class OutstandingStepsTest {

    private static final LocalDate AGREED = LocalDate.of(2020, 10, 19);

    @Test
    void partPaymentsLowerWhatIsExpectedAndTheLastOneClosesThePledge() {
        OutstandingSteps steps = OutstandingSteps.of(AGREED, amount("1000"), Optional.empty(), List.of(
                paid("2021-02-01", "600"), paid("2020-12-01", "300"), paid("2021-05-01", "150")));

        assertThat(steps.steps()).containsExactly(
                step("2020-10-19", "1000", 1), step("2020-12-01", "-300", 0), step("2021-02-01", "-600", 0),
                step("2021-05-01", "-100", -1));
        assertThat(steps.closedOn()).contains(LocalDate.of(2021, 5, 1));
    }

    @Test
    void aPaymentBeforeTheAgreementCountsFromTheAgreementAndAFullOneLeavesNothingOpen() {
        OutstandingSteps part = OutstandingSteps.of(AGREED, amount("1000"), Optional.empty(),
                List.of(paid("2020-09-01", "400")));
        OutstandingSteps whole = OutstandingSteps.of(AGREED, amount("1000"), Optional.empty(),
                List.of(paid("2020-09-01", "1000")));

        assertThat(part.steps()).containsExactly(step("2020-10-19", "600", 1));
        assertThat(part.closedOn()).isEmpty();
        assertThat(whole.steps()).isEmpty();
        assertThat(whole.closedOn()).contains(AGREED);
    }

    @Test
    void aCancellationTakesAwayWhatWasLeftOnItsDayAndLaterPaymentsChangeNothing() {
        OutstandingSteps steps = OutstandingSteps.of(AGREED, amount("1000"), Optional.of(LocalDate.of(2021, 1, 1)),
                List.of(paid("2020-11-01", "250"), paid("2021-03-01", "100")));

        assertThat(steps.steps()).containsExactly(step("2020-10-19", "1000", 1), step("2020-11-01", "-250", 0),
                step("2021-01-01", "-750", -1));
        assertThat(steps.closedOn()).contains(LocalDate.of(2021, 1, 1));
    }

    @Test
    void addedUpTheStepsGiveTheDaysAndTheirYears() {
        OutstandingTotals totals = new OutstandingTotals();
        totals.add("CAD", OutstandingSteps.of(AGREED, amount("1000"), Optional.empty(),
                List.of(paid("2021-02-01", "1000"))), 1);
        totals.add("CAD", OutstandingSteps.of(AGREED, amount("500"), Optional.empty(), List.of()), 1);

        assertThat(totals.days()).containsOnly(
                java.util.Map.entry(new OutstandingTotals.Day(AGREED, "CAD"),
                        new OutstandingTotals.Change(amount("1500"), 2)),
                java.util.Map.entry(new OutstandingTotals.Day(LocalDate.of(2021, 2, 1), "CAD"),
                        new OutstandingTotals.Change(amount("-1000"), -1)));
        assertThat(totals.years()).containsOnly(
                java.util.Map.entry(new OutstandingTotals.Year(2020, "CAD"),
                        new OutstandingTotals.Change(amount("1500"), 2)),
                java.util.Map.entry(new OutstandingTotals.Year(2021, "CAD"),
                        new OutstandingTotals.Change(amount("-1000"), -1)));
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    private static OutstandingSteps.Received paid(String date, String value) {
        return new OutstandingSteps.Received(LocalDate.parse(date), amount(value));
    }

    private static OutstandingSteps.Step step(String date, String value, int pledges) {
        return new OutstandingSteps.Step(LocalDate.parse(date), amount(value), pledges);
    }
}
