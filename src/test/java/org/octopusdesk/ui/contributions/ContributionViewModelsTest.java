package org.octopusdesk.ui.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.contribution.PaymentWarning;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The pledge, payment and list view-models over real services, answered by a scripted person. */
class ContributionViewModelsTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private final Messages messages = Messages.forLanguage("en");
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ErrorReporter errors;
    private Donor canada;
    private Project cybercrimeAtOctopus;
    private Project octopus;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder.resolve("db"));
        errors = new ErrorReporter(dialogs, messages, folder.resolve("log"));
        cybercrimeAtOctopus = database.projects().create(new ProjectDraft("C@O", "Cybercrime@Octopus",
                LocalDate.of(2014, 1, 1), LocalDate.of(2020, 12, 31), ProjectStatus.CLOSED, null, "", List.of(),
                null));
        octopus = database.projects().create(new ProjectDraft("OCTOPUS", "Octopus Project", LocalDate.of(2021, 1, 1),
                LocalDate.of(2024, 12, 31), ProjectStatus.RUNNING, null, "", List.of(), cybercrimeAtOctopus.id()));
        canada = database.donors().create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ContributionEditorViewModel editor(Contribution original) {
        return new ContributionEditorViewModel(database.contributions(), new SameThreadRunner(), errors, messages,
                original, database.donors().list(), database.projects().list());
    }

    @Test
    void theSplitPledgeIsEnteredWithMessagesBesideTheFieldsFirst() {
        ContributionEditorViewModel editor = editor(null);
        List<Contribution> saved = new ArrayList<>();
        editor.amountProperty().set("250,000.005");
        editor.currencyProperty().set("CAD");
        editor.addAllocation();

        editor.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(editor.fieldErrors().of(ContributionDraft.DONOR).get()).isEqualTo("Required.");
        assertThat(editor.fieldErrors().of(ContributionDraft.AMOUNT).get())
                .isEqualTo("CAD amounts have 2 decimals at most.");
        assertThat(editor.fieldErrors().of(ContributionDraft.ALLOCATIONS).get())
                .isEqualTo("Earmark 1: choose a project.");

        editor.donorProperty().set(canada);
        editor.referenceProperty().set("CA-2020-1");
        editor.agreementDateProperty().set(LocalDate.of(2020, 10, 19));
        editor.amountProperty().set("250,000");
        AllocationRow first = editor.allocations().get(0);
        first.projectProperty().set(cybercrimeAtOctopus);
        first.basisProperty().set(AllocationBasis.UNDISCLOSED);
        AllocationRow second = editor.addAllocation();
        second.projectProperty().set(octopus);
        second.basisProperty().set(AllocationBasis.UNDISCLOSED);
        editor.save(saved::add);

        assertThat(saved).singleElement().satisfies(pledge -> {
            assertThat(pledge.pledged().toString()).isEqualTo("CAD 250000.00");
            assertThat(pledge.allocations()).extracting(allocation -> allocation.basis())
                    .containsExactly(AllocationBasis.UNDISCLOSED, AllocationBasis.UNDISCLOSED);
        });
    }

    @Test
    void aNewPledgeFromAListOfOneDonorIsThatDonorsAgreedToday() {
        ContributionEditorViewModel editor = editor(null);

        editor.proposeNew(LocalDate.of(2026, 12, 3), Optional.of(canada));

        assertThat(editor.donorProperty().get()).isEqualTo(canada);
        assertThat(editor.agreementDateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 3));
        ContributionEditorViewModel unfiltered = editor(null);
        unfiltered.proposeNew(LocalDate.of(2026, 12, 3), Optional.empty());
        assertThat(unfiltered.donorProperty().get()).isNull();
    }

    @Test
    void anAmountThatIsNoNumberIsSaidWithTheOtherFieldsMessagesInOneRound() {
        ContributionEditorViewModel editor = editor(null);
        editor.amountProperty().set("abc");

        editor.save(saved -> { });

        assertThat(editor.fieldErrors().of(ContributionDraft.AMOUNT).get()).startsWith("Not a number");
        assertThat(editor.fieldErrors().of(ContributionDraft.DONOR).get()).isEqualTo("Required.");
        assertThat(editor.fieldErrors().of(ContributionDraft.REFERENCE).get()).isEqualTo("Required.");
    }

    @Test
    void aPaymentShowsItsConversionAndAnOverpaymentIsConfirmedFirst() {
        Contribution pledge = database.contributions().create(new ContributionDraft(canada.id(), "CA-1",
                LocalDate.of(2020, 10, 19), new BigDecimal("250000"), "CAD", "", "",
                List.of(AllocationDraft.whole(octopus.id()))));
        PaymentEditorViewModel payment = new PaymentEditorViewModel(database.contributions(), new SameThreadRunner(),
                dialogs, errors, messages, pledge, LocalDate.of(2020, 10, 19));

        assertThat(payment.amountProperty().get()).isEqualTo("250,000.00");
        assertThat(payment.conversionPreview().textProperty().get())
                .isEqualTo("EUR 161,051.34 at EUR 1 = 1.5523 CAD (ECB reference rate of 19/10/2020).");
        payment.valueDateProperty().set(LocalDate.of(2022, 6, 1));
        payment.bankEurosProperty().set("170,000.00");
        assertThat(payment.conversionPreview().textProperty().get())
                .isEqualTo("EUR 170,000.00 at EUR 1 = 1.47058824 CAD (bank’s actual EUR credit of 01/06/2022).");
        payment.amountProperty().set("300,000");

        List<Contribution> saved = new ArrayList<>();
        dialogs.answering(false);
        payment.save(saved::add);
        assertThat(saved).isEmpty();
        // The bank's euros were right for CAD 250,000, not for 300,000: both are asked in one question.
        assertThat(dialogs.questions()).singleElement().asString().isEqualTo(
                "This payment (CAD 300,000.00) is more than what the pledge still expects (CAD 250,000.00).\n\n"
                        + "The bank’s euros (170,000.00 EUR) imply 1.76471 CAD to the euro, where the ECB’s rate "
                        + "of 01/06/2022 is 1.3536. Bank charges are a few percent: are the euros right?");

        dialogs.answering(true);
        payment.save(saved::add);
        assertThat(saved).singleElement().satisfies(paid -> {
            assertThat(paid.status()).isEqualTo(ContributionStatus.RECEIVED);
            assertThat(paid.receivedEuros().amount()).isEqualByComparingTo("170000.00");
        });
    }

    @Test
    void aPaymentBeforeTheAgreementIsConfirmedWithAnOverpaymentInOneQuestionAndTheAnswerIsKept() {
        Contribution pledge = database.contributions().create(new ContributionDraft(canada.id(), "EU-1",
                LocalDate.of(2024, 3, 15), new BigDecimal("30000"), "EUR", "", "", List.of()));
        PaymentEditorViewModel payment = new PaymentEditorViewModel(database.contributions(), new SameThreadRunner(),
                dialogs, errors, messages, pledge, LocalDate.of(2024, 3, 1));
        payment.amountProperty().set("30,500");
        List<Contribution> saved = new ArrayList<>();

        dialogs.answering(false);
        payment.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(database.contributions().details(pledge.id()).payments()).isEmpty();
        assertThat(dialogs.questions()).singleElement().asString().isEqualTo("This payment is dated 01/03/2024, "
                + "before the pledge was agreed (15/03/2024). Advance payments happen: is the date right?\n\n"
                + "This payment (EUR 30,500.00) is more than what the pledge still expects (EUR 30,000.00).");

        dialogs.answering(true);
        payment.save(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(database.contributions().details(pledge.id()).payments()).singleElement()
                .satisfies(paid -> assertThat(paid.confirmedWarnings()).containsExactlyInAnyOrder(
                        PaymentWarning.ADVANCE, PaymentWarning.OVERPAYMENT));
    }

    @Test
    void aPaymentWithoutARateSaysWhyBeforeSaving() {
        Contribution pledge = database.contributions().create(new ContributionDraft(canada.id(), "RU-1",
                LocalDate.of(2022, 1, 10), new BigDecimal("1000000"), "RUB", "", "", List.of()));
        PaymentEditorViewModel payment = new PaymentEditorViewModel(database.contributions(), new SameThreadRunner(),
                dialogs, errors, messages, pledge, LocalDate.of(2022, 6, 1));

        assertThat(payment.conversionPreview().problemProperty().get()).isTrue();
        assertThat(payment.conversionPreview().textProperty().get())
                .contains("the last one was published on 01/03/2022");
        payment.save(paid -> { });
        assertThat(payment.fieldErrors().of("valueDate").get()).contains("01/03/2022");
        assertThat(database.contributions().details(pledge.id()).payments()).isEmpty();
    }

    @Test
    void theListPagesFiltersSortsImportsAndExports() throws Exception {
        for (int i = 1; i <= 130; i++) {
            database.contributions().create(new ContributionDraft(canada.id(), String.format("CA-%03d", i),
                    LocalDate.of(2000 + i % 20, 1 + i % 12, 1), BigDecimal.valueOf(1000L * i), i % 3 == 0 ? "EUR"
                    : "CAD", "", "", i % 2 == 0 ? List.of(AllocationDraft.whole(octopus.id())) : List.of()));
        }
        ContributionListViewModel list = new ContributionListViewModel(database.contributions(),
                database.contributionFiles(), database.donors(), database.projects(), new SameThreadRunner(), dialogs,
                errors, messages);
        list.reload();

        assertThat(list.rows()).hasSize(ContributionListViewModel.PAGE_SIZE);
        assertThat(list.pageTextProperty().get()).isEqualTo("Page 1 of 2 · 1–100 of 130");
        list.nextPage();
        assertThat(list.rows()).hasSize(30);
        assertThat(list.pageTextProperty().get()).isEqualTo("Page 2 of 2 · 101–130 of 130");
        assertThat(list.hasNext()).isFalse();

        list.projectFilterProperty().set(octopus);
        assertThat(list.pageTextProperty().get()).isEqualTo("Page 1 of 1 · 1–65 of 65");
        list.currencyFilterProperty().set("EUR");
        assertThat(list.rows()).as("the euro pledges of the project").isNotEmpty()
                .allSatisfy(row -> assertThat(row.pledged().currency()).isEqualTo("EUR"));
        list.sortBy(ContributionQuery.Sort.AMOUNT, false);
        assertThat(list.rows().get(0).reference()).isEqualTo("CA-126");
        list.clearFilters();
        assertThat(list.totalProperty().get()).isEqualTo(130);

        Path export = folder.resolve("export.csv");
        list.yearFilterProperty().set(2005);
        list.exportTo(export);
        assertThat(Files.readAllLines(export, StandardCharsets.UTF_8)).filteredOn(line -> line.startsWith("pledge,"))
                .hasSize((int) list.totalProperty().get());

        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "record,reference,donor,date,amount,currency\n"
                + "pledge,CA-001,Canada,2020-01-01,5,EUR\n"
                + "pledge,NEW-1,Nobody,2020-01-01,5,EUR\n");
        list.importFrom(bad);
        assertThat(dialogs.questions()).containsSubsequence(
                "Nothing was imported: 2 lines need correcting.",
                "Line 2 reference: Another contribution already has the reference “CA-001”.",
                "Line 3 donor: No donor is called “Nobody”: create it first (Donors).");
        assertThat(database.contributions().page(ContributionQuery.all(), 0, 1).total()).isEqualTo(130);
    }
}
