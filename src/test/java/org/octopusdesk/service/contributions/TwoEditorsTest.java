package org.octopusdesk.service.contributions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ConcurrentEditException;

/**
 * Two workstations on one database (the same embedded database in this process; on PostgreSQL two sets of
 * connections): the second save of the same record is refused, and the refusal names who saved first and when,
 * from the audit trail, in both languages.
 */
class TwoEditorsTest {

    private static final Messages ENGLISH = Messages.forLanguage("en");
    private static final Messages FRENCH = Messages.forLanguage("fr");
    /** Anna saves at 10:42 on the tests' day, after the assistant opened the record at 10:00. */
    private static final Clock ANNAS_CLOCK = Clock.fixed(
            TestDatabase.TODAY.atTime(10, 42, 17).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @TempDir
    Path folder;
    @TempDir
    Path annasFolder;
    private TestDatabase assistant;
    private TestDatabase anna;
    private ContributionFixture fixture;

    @BeforeEach
    void open() {
        assistant = TestDatabase.withRates(folder);
        fixture = new ContributionFixture(assistant);
        anna = TestDatabase.secondWorkstation(assistant, annasFolder, "anna", ANNAS_CLOCK);
    }

    @AfterEach
    void close() {
        anna.close();
        assistant.close();
    }

    @Test
    void aPledgeSavedByAnnaFirstIsNamedInTheRefusalAndHerChangeIsKept() {
        Contribution opened = assistant.contributions().create(fixture.canadaSplit());
        anna.contributions().update(opened.id(), opened.version(), draft(opened, "Confirmed by letter"));

        ConcurrentEditException refused = catchThrowableOfType(() -> assistant.contributions().update(opened.id(),
                opened.version(), draft(opened, "Assistant's note")), ConcurrentEditException.class);

        assertThat(ENGLISH.message(refused)).isEqualTo("anna changed “CA-2020-1” at 10:42 today. Your changes "
                + "were not saved; theirs are kept. Reload it and apply your changes again.");
        assertThat(FRENCH.message(refused)).isEqualTo("anna a modifié «\u00a0CA-2020-1\u00a0» aujourd’hui à "
                + "10\u00a0h\u00a042. Vos modifications n’ont pas été enregistrées ; les siennes sont conservées. "
                + "Rechargez-le et refaites vos modifications.");
        assertThat(assistant.contributions().details(opened.id()).contribution().notes())
                .isEqualTo("Confirmed by letter");
    }

    @Test
    void aPaymentRecordedByAnnaIsTheLastChangeOfThePledge() {
        Contribution opened = assistant.contributions().create(fixture.canadaSplit());
        anna.contributions().addPayment(opened.id(), opened.version(),
                new PaymentDraft(LocalDate.of(2020, 10, 19), new BigDecimal("1000"), null, ""), Set.of());

        ConcurrentEditException refused = catchThrowableOfType(() -> assistant.contributions().cancel(opened.id(),
                opened.version(), LocalDate.of(2021, 1, 4), "Withdrawn"), ConcurrentEditException.class);

        assertThat(ENGLISH.message(refused)).startsWith("anna changed “CA-2020-1” at 10:42 today.");
    }

    @Test
    void anImportPayingIntoAPledgeAnnaChangedAfterTheCheckNamesHerAndWritesNothing() throws Exception {
        Contribution opened = assistant.contributions().create(fixture.canadaSplit());
        Path file = folder.resolve("payments.csv");
        java.nio.file.Files.writeString(file, "record,reference,donor,date,amount,currency,project,share_percent,"
                + "bank_eur,intermediary,cancelled_on,cancel_reason,note\n"
                + "payment,CA-2020-1,,2020-10-19,1000,CAD,,,,,,,\n");
        // Between the import's check and its writing, Anna records a payment on her workstation: on a thread of her
        // own, as a transaction belongs to its thread.
        org.octopusdesk.service.csv.ImportProgress annaPaysInBetween = (stage, done, total) -> {
            if (stage == org.octopusdesk.service.csv.ImportProgress.Stage.CHECKED && done == total) {
                java.util.concurrent.CompletableFuture.runAsync(() -> anna.contributions().addPayment(opened.id(),
                        opened.version(), new PaymentDraft(LocalDate.of(2020, 10, 20), new BigDecimal("500"), null,
                        ""), Set.of())).join();
            }
        };

        ConcurrentEditException refused = catchThrowableOfType(() -> assistant.contributionFiles().importFile(file,
                false, annaPaysInBetween), ConcurrentEditException.class);

        assertThat(ENGLISH.message(refused)).startsWith("anna changed “CA-2020-1” at 10:42 today.");
        assertThat(assistant.contributions().details(opened.id()).payments()).singleElement()
                .satisfies(kept -> assertThat(kept.amount().amount()).isEqualByComparingTo("500"));
    }

    @Test
    void projectsAndDonorsNameTheirLastEditorToo() {
        Project project = fixture.octopus;
        ProjectDraft renamed = draftOf(project, "Octopus Project (phase 2)");
        anna.projects().update(project.id(), project.version(), renamed);
        ConcurrentEditException projectRefused = catchThrowableOfType(() -> assistant.projects().update(project.id(),
                project.version(), draftOf(project, "Octopus")), ConcurrentEditException.class);
        assertThat(ENGLISH.message(projectRefused))
                .startsWith("anna changed “Octopus Project (phase 2)” at 10:42 today.");
        assertThat(assistant.projects().get(project.id()).name()).isEqualTo("Octopus Project (phase 2)");

        Donor japan = fixture.japan;
        anna.donors().update(japan.id(), japan.version(), new DonorDraft("Japan (MOFA)", DonorKind.STATE_PARTY,
                "Japan", ""));
        ConcurrentEditException donorRefused = catchThrowableOfType(() -> assistant.donors().delete(japan.id(),
                japan.version()), ConcurrentEditException.class);
        assertThat(FRENCH.message(donorRefused))
                .startsWith("anna a modifié «\u00a0Japan (MOFA)\u00a0» aujourd’hui à 10\u00a0h\u00a042.");
    }

    @Test
    void anEarlierSaveIsSaidAsYesterdayOrByItsDateAndADeletionAsSuch() {
        Instant yesterday = TestDatabase.TODAY.minusDays(1).atTime(16, 5).toInstant(ZoneOffset.UTC);
        Instant lastWeek = TestDatabase.TODAY.minusDays(7).atTime(9, 30).toInstant(ZoneOffset.UTC);
        Clock now = Clock.fixed(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        assertThat(ENGLISH.message(ConcurrentEditException.after("CA-1", entry(yesterday,
                AuditEntry.Action.UPDATE), now))).startsWith("anna changed “CA-1” at 16:05 yesterday.");
        assertThat(FRENCH.message(ConcurrentEditException.after("CA-1", entry(lastWeek, AuditEntry.Action.DELETE),
                now))).isEqualTo("anna a supprimé «\u00a0CA-1\u00a0» le 21/11/2026 à 09\u00a0h\u00a030. "
                        + "Vos modifications n’ont pas été enregistrées.");
        assertThat(ENGLISH.message(ConcurrentEditException.after("CA-1", entry(lastWeek, AuditEntry.Action.DELETE),
                now))).isEqualTo("anna deleted “CA-1” at 09:30 on 21/11/2026. Your changes were not saved.");
    }

    private static AuditEntry entry(Instant at, AuditEntry.Action action) {
        return new AuditEntry(at, "anna", "CONTRIBUTION", "1", action, "", "");
    }

    private static ContributionDraft draft(Contribution contribution, String notes) {
        ContributionDraft draft = contribution.toDraft();
        return new ContributionDraft(draft.donorId(), draft.reference(), draft.agreementDate(), draft.amount(),
                draft.currency(), draft.intermediary(), notes, draft.allocations());
    }

    private static ProjectDraft draftOf(Project project, String name) {
        ProjectDraft draft = project.toDraft();
        return new ProjectDraft(draft.code(), name, draft.start(), draft.end(), draft.status(), draft.budgetEur(),
                draft.description(), draft.expectedResults(), draft.predecessorId());
    }
}
