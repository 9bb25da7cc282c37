package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.people.PersonDraft;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.persistence.PostgresTestServer;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ServerDatabase;

/**
 * What the server refuses a role reaches the person through the service as a sentence, never a stack trace
 * (decision 0034). Always on PostgreSQL; the server's today is the real one, so the payment of the tests' fixed
 * "today" is of an earlier day there.
 */
class ContributionRolesTest {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @TempDir
    Path folder;

    @Test
    void anAssistantIsToldWhyTheServerRefusedACancellationAndTheDeleteOfAnEarlierPaymentAndStaffAPayment() {
        ServerDatabase server = PostgresTestServer.get().databaseFor(folder.resolve("owner"));
        String assistant = "asst" + RUN;
        String staff = "staff" + RUN;
        Contribution paid;
        try (TestDatabase owner = new TestDatabase(folder.resolve("owner"), server)) {
            ContributionFixture fixture = new ContributionFixture(owner);
            Contribution pledge = owner.contributions().create(fixture.pledge(fixture.japan, "JP-2026", "2026-01-15",
                    "5000", "EUR"));
            paid = owner.contributions().addPayment(pledge.id(), pledge.version(),
                    new PaymentDraft(LocalDate.of(2026, 11, 2), new BigDecimal("1000"), null, ""), Set.of());
            owner.people().add(new PersonDraft(assistant, "a long password", Role.ASSISTANT));
            owner.people().add(new PersonDraft(staff, "a long password", Role.STAFF));
        }
        var payment = detailsOf(server, paid).payments().get(0).id();
        try (TestDatabase session = new TestDatabase(folder.resolve("assistant"),
                new ServerDatabase(server.jdbcUrl(), assistant, ""))) {
            assertThat(session.people().session().refusal(Permission.CANCEL_PLEDGE)).isPresent();
            ContributionService contributions = session.contributions();
            assertThatThrownBy(() -> contributions.cancel(paid.id(), paid.version(), TestDatabase.TODAY, "withdrawn"))
                    .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("error.server.contribution.cancel"));
            assertThatThrownBy(() -> contributions.removePayment(paid.id(), paid.version(), payment))
                    .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("error.server.payment.deletePast"));
            assertThat(contributions.details(paid.id()).contribution().paymentCount()).as("nothing half done")
                    .isOne();
            // What an assistant may do goes through, with every summary the payment feeds (parts, receipts by year
            // and by month, the outstanding ledger): the grants reach the derived tables too.
            Contribution paidTwice = contributions.addPayment(paid.id(), paid.version(),
                    new PaymentDraft(LocalDate.of(2026, 11, 3), new BigDecimal("500"), null, ""), Set.of());
            assertThat(contributions.details(paidTwice.id()).contribution().paymentCount()).isEqualTo(2);
            assertThat(session.dataCheck().check(share -> { }).agrees()).isTrue();
            assertThatThrownBy(() -> session.dataCheck().repair(share -> { }))
                    .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("role.cannot.repairTotals"));
        }
        try (TestDatabase session = new TestDatabase(folder.resolve("staff"),
                new ServerDatabase(server.jdbcUrl(), staff, ""))) {
            assertThatThrownBy(() -> session.contributions().addPayment(paid.id(), paid.version(),
                    new PaymentDraft(LocalDate.of(2026, 11, 3), new BigDecimal("10"), null, ""), Set.of()))
                    .isInstanceOfSatisfying(DomainException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("error.server.refused");
                        assertThat(refused.arguments()).singleElement().asString().contains("permission denied");
                    });
        }
    }

    private ContributionDetails detailsOf(ServerDatabase server, Contribution contribution) {
        try (TestDatabase owner = new TestDatabase(folder.resolve("owner"), server)) {
            return owner.contributions().details(contribution.id());
        }
    }
}
