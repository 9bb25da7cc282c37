package org.octopusdesk.service.conferences;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.octopusdesk.domain.conference.BudgetCategory;
import org.octopusdesk.domain.conference.BudgetLineDraft;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.persistence.TestDatabase;

/** The Octopus Project with its 2023 edition (Bucharest), an edition of no project, and a donor, for budget tests. */
final class BudgetFixture {

    final Project octopus;
    final Conference bucharest;
    final Conference noProject;
    final Donor japan;
    private final TestDatabase database;

    BudgetFixture(TestDatabase database) {
        this.database = database;
        octopus = database.projects().create(new ProjectDraft("OCTOPUS", "Octopus Project", LocalDate.of(2021, 1, 1),
                LocalDate.of(2024, 12, 31), ProjectStatus.RUNNING, new BigDecimal("1000000.00"), "", List.of(),
                null));
        bucharest = database.conferences().create(new ConferenceDraft(2023, "Octopus Conference 2023",
                LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), MeetingFormat.IN_PERSON, "", "Bucharest",
                octopus.id(), ConferenceStatus.HELD, ""));
        noProject = database.conferences().create(new ConferenceDraft(2024, "Octopus Conference 2024",
                LocalDate.of(2024, 12, 11), LocalDate.of(2024, 12, 13), MeetingFormat.HYBRID, "", "Bucharest",
                null, ConferenceStatus.HELD, ""));
        japan = database.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
    }

    static BudgetLineDraft line(BudgetCategory category, String amount, String currency) {
        return new BudgetLineDraft(category, category.name().toLowerCase() + " of the conference",
                new BigDecimal(amount), currency, LocalDate.of(2023, 10, 2));
    }

    /** A pledge of {@code amount} euros earmarked whole to the Bucharest edition, with a first payment. */
    Contribution pledgeToBucharest(String reference, String amount, String paid) {
        Contribution pledge = database.contributions().create(new ContributionDraft(japan.id(), reference,
                LocalDate.of(2023, 6, 1), new BigDecimal(amount), "EUR", "", "",
                List.of(new AllocationDraft(octopus.id(), bucharest.id(), AllocationBasis.SHARE,
                        new BigDecimal("100"), ""))));
        return database.contributions().addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(LocalDate.of(2023, 11, 1), new BigDecimal(paid), null, ""), Set.of());
    }
}
