package org.octopusdesk.report.donor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.service.contributions.ContributionDetails;

/**
 * One donor's part of a donor report: the contributions the period covers, and the donor's whole history for its
 * cumulative support.
 *
 * @param contributions the contributions agreed in the period or paid in it (of the chosen project, if any)
 * @param firstAgreement the date of the donor's first contribution, whatever the period
 * @param receivedByYear all the donor's receipts up to the report's date, by value-date year
 */
public record DonorSection(Donor donor, List<ContributionDetails> contributions, LocalDate firstAgreement,
        SortedMap<Integer, BigDecimal> receivedByYear) {

    public DonorSection {
        contributions = List.copyOf(contributions);
        receivedByYear = new TreeMap<>(receivedByYear);
    }

    /** Everything the donor gave up to the report's date, since its first contribution. */
    public BigDecimal receivedSinceFirst() {
        return receivedByYear.values().stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
