package org.octopusdesk.report.donor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.Payment;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.service.contributions.ContributionDetails;
import org.octopusdesk.service.contributions.EuroEstimate;

/**
 * One contribution's figures for a report: what it received in the period, and what it still expected on the
 * report's date, computed from its payments rather than from today's totals so that a past date reads as it was.
 *
 * @param paymentsInPeriod its payments with a value date in the period, oldest first
 * @param receivedInPeriod their euros, as converted on each value date
 * @param outstanding what was still expected on the report's date, in the pledge's currency
 * @param status the status on the report's date
 * @param estimate {@code outstanding} in euros at the ECB rates of the report's date: an estimate
 */
record ContributionFigures(Contribution contribution, List<Payment> paymentsInPeriod, BigDecimal receivedInPeriod,
        Money paidInPeriod, Money outstanding, ContributionStatus status, EuroEstimate estimate) {

    interface Estimator {
        EuroEstimate estimate(Money outstanding, LocalDate asOf);
    }

    static ContributionFigures of(ContributionDetails details, DonorReportRequest request, Estimator estimator) {
        Contribution contribution = details.contribution();
        List<Payment> inPeriod = details.payments().stream()
                .filter(payment -> request.covers(payment.valueDate())).toList();
        BigDecimal received = inPeriod.stream().map(payment -> payment.euros().amount())
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        Money zero = contribution.pledged().zero();
        Money paidInPeriod = inPeriod.stream().map(Payment::amount).reduce(zero, Money::plus);
        Money paidByThen = details.payments().stream()
                .filter(payment -> !payment.valueDate().isAfter(request.asOf()))
                .map(Payment::amount).reduce(zero, Money::plus);
        boolean cancelled = contribution.cancelledOn().filter(on -> !on.isAfter(request.asOf())).isPresent();
        ContributionStatus status = ContributionStatus.of(contribution.pledged().amount(), paidByThen.amount(),
                cancelled);
        Money outstanding = status.isOpen() ? contribution.pledged().minus(paidByThen).atLeastZero() : zero;
        return new ContributionFigures(contribution, inPeriod, received, paidInPeriod, outstanding, status,
                estimator.estimate(outstanding, request.asOf()));
    }

    boolean hasOutstanding() {
        return outstanding.amount().signum() > 0;
    }
}
