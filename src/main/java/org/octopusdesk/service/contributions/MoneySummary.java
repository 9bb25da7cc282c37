package org.octopusdesk.service.contributions;

import java.time.LocalDate;
import java.util.List;

/**
 * The money on the dashboard as of one date.
 *
 * @param thisYear euros received from 1 January of {@code asOf}'s year to {@code asOf}
 * @param allTime euros received up to {@code asOf}
 * @param outstanding per currency, what the pledges open on {@code asOf} still expected on that day
 * @param outstandingEuros the same re-expressed in euros at the rates of {@code asOf}: an estimate
 * @param outstandingPledges the oldest of the pledges behind {@code outstanding}, each with its donor and reference
 * @param outstandingPledgeCount how many pledges are behind {@code outstanding} in all
 */
public record MoneySummary(LocalDate asOf, Receipts thisYear, Receipts allTime,
        List<org.octopusdesk.domain.money.Money> outstanding,
        EuroEstimate outstandingEuros, List<Receipts.ByDonor> topDonors, List<Receipts.ByYearAndDonor> byYear,
        List<OutstandingPledge> outstandingPledges, int outstandingPledgeCount) {

    public MoneySummary {
        outstanding = List.copyOf(outstanding);
        outstandingPledges = List.copyOf(outstandingPledges);
        topDonors = List.copyOf(topDonors);
        byYear = List.copyOf(byYear);
    }
}
