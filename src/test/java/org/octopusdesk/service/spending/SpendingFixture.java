package org.octopusdesk.service.spending;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.persistence.TestDatabase;

/** The two Octopus projects, the second with a budget of EUR 1,000,000, and a donor, for spending tests. */
final class SpendingFixture {

    final Project cybercrimeAtOctopus;
    final Project octopus;
    final Donor japan;

    SpendingFixture(TestDatabase database) {
        cybercrimeAtOctopus = database.projects().create(new ProjectDraft("C@O", "Cybercrime@Octopus",
                LocalDate.of(2014, 1, 1), LocalDate.of(2020, 12, 31), ProjectStatus.CLOSED, null, "", List.of(),
                null));
        octopus = database.projects().create(new ProjectDraft("OCTOPUS", "Octopus Project", LocalDate.of(2021, 1, 1),
                LocalDate.of(2024, 12, 31), ProjectStatus.RUNNING, new BigDecimal("1000000.00"), "", List.of(),
                cybercrimeAtOctopus.id()));
        japan = database.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
    }

    ExpenditureDraft line(String date, ExpenditureCategory category, String amount, String currency) {
        return line(octopus, date, category, amount, currency, null);
    }

    ExpenditureDraft line(Project project, String date, ExpenditureCategory category, String amount,
            String currency, String bankEuros) {
        return new ExpenditureDraft(project.id(), LocalDate.parse(date), category,
                category.label() + " on " + date, new BigDecimal(amount), currency,
                bankEuros == null ? null : new BigDecimal(bankEuros));
    }
}
