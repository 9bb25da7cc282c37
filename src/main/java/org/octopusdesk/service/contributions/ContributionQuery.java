package org.octopusdesk.service.contributions;

import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.ProjectId;

/**
 * Which contributions a list shows and in which order; every filter is optional ({@code null}: any).
 *
 * @param year the year of the agreement date
 * @param project contributions with an allocation to this project
 */
public record ContributionQuery(DonorId donor, ProjectId project, Integer year, String currency,
        ContributionStatus status, Sort sort, boolean ascending) {

    /** The columns a list can be sorted by, in the database. */
    public enum Sort {
        AGREEMENT_DATE, REFERENCE, DONOR, CURRENCY, AMOUNT, RECEIVED_EUROS, STATUS
    }

    public ContributionQuery {
        sort = sort == null ? Sort.AGREEMENT_DATE : sort;
    }

    /** Every contribution, newest agreement first. */
    public static ContributionQuery all() {
        return new ContributionQuery(null, null, null, null, null, Sort.AGREEMENT_DATE, false);
    }

    public ContributionQuery withDonor(DonorId value) {
        return new ContributionQuery(value, project, year, currency, status, sort, ascending);
    }

    public ContributionQuery withProject(ProjectId value) {
        return new ContributionQuery(donor, value, year, currency, status, sort, ascending);
    }

    public ContributionQuery withYear(Integer value) {
        return new ContributionQuery(donor, project, value, currency, status, sort, ascending);
    }

    public ContributionQuery withCurrency(String value) {
        return new ContributionQuery(donor, project, year, value, status, sort, ascending);
    }

    public ContributionQuery withStatus(ContributionStatus value) {
        return new ContributionQuery(donor, project, year, currency, value, sort, ascending);
    }

    public ContributionQuery sortedBy(Sort value, boolean isAscending) {
        return new ContributionQuery(donor, project, year, currency, status, value, isAscending);
    }
}
