package org.octopusdesk.service.contributions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.persistence.TestDatabase;

/** The two Octopus projects and a few donors, for contribution tests. */
final class ContributionFixture {

    final Project cybercrimeAtOctopus;
    final Project octopus;
    final Donor canada;
    final Donor japan;
    final Donor unitedKingdom;

    ContributionFixture(TestDatabase database) {
        cybercrimeAtOctopus = database.projects().create(new ProjectDraft("C@O", "Cybercrime@Octopus",
                LocalDate.of(2014, 1, 1), LocalDate.of(2020, 12, 31), ProjectStatus.CLOSED, null, "", List.of(),
                null));
        octopus = database.projects().create(new ProjectDraft("OCTOPUS", "Octopus Project", LocalDate.of(2021, 1, 1),
                LocalDate.of(2024, 12, 31), ProjectStatus.RUNNING, null, "", List.of(), cybercrimeAtOctopus.id()));
        canada = database.donors().create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""));
        japan = database.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
        unitedKingdom = database.donors().create(new DonorDraft("United Kingdom (FCDO)", DonorKind.PUBLIC_BODY,
                "United Kingdom", ""));
    }

    /** Canada's CAN$ 250,000 of 19 October 2020, split between the two projects without public amounts. */
    ContributionDraft canadaSplit() {
        return new ContributionDraft(canada.id(), "CA-2020-1", LocalDate.of(2020, 10, 19), new BigDecimal("250000"),
                "CAD", "", "Announced in Strasbourg", List.of(
                        new AllocationDraft(cybercrimeAtOctopus.id(), AllocationBasis.UNDISCLOSED, null, ""),
                        new AllocationDraft(octopus.id(), AllocationBasis.UNDISCLOSED, null, "")));
    }

    ContributionDraft pledge(Donor donor, String reference, String date, String amount, String currency,
            AllocationDraft... allocations) {
        return new ContributionDraft(donor.id(), reference, LocalDate.parse(date), new BigDecimal(amount), currency,
                "", "", List.of(allocations));
    }
}
