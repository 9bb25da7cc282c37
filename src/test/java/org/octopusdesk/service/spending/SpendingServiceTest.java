package org.octopusdesk.service.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.domain.spending.ExpenditureDraft;
import org.octopusdesk.domain.spending.SpendingWarning;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ConcurrentEditException;
import org.octopusdesk.service.StillReferencedException;

/** Spending on real H2 with the real migrations and the shipped ECB history; every figure computed by hand. */
class SpendingServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private SpendingService spending;
    private SpendingFixture fixture;
    /** Whatever a line needs confirmed: the tests of conversions and figures confirm it; the others below ask. */
    private static final Set<SpendingWarning> CONFIRMED = EnumSet.allOf(SpendingWarning.class);

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder);
        spending = database.spending();
        fixture = new SpendingFixture(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aLineInCanadianDollarsIsConvertedAtTheEcbRateOfItsDayAndStoredWithIt() {
        // Before the project's start: an advance booked to a project is still its money.
        Expenditure line = create(fixture.line("2020-10-19", ExpenditureCategory.EVENTS, "250000", "CAD"));

        Expenditure stored = spending.get(line.id());
        assertThat(stored.amount()).isEqualTo(
                Money.of(new BigDecimal("250000.00"), database.rates().currencies().require("CAD")));
        assertThat(stored.euros()).isEqualTo(Money.euros(new BigDecimal("161051.34")));
        assertThat(stored.rate()).hasValueSatisfying(rate -> {
            assertThat(rate.unitsPerEuro()).isEqualByComparingTo("1.5523");
            assertThat(rate.date()).isEqualTo(LocalDate.of(2020, 10, 19));
            assertThat(rate.source()).isEqualTo(RateSource.ECB);
        });
        assertThat(stored.projectCode()).isEqualTo("OCTOPUS");
        assertThat(stored.version()).isZero();
    }

    @Test
    void aWeekendTakesFridaysRateTheBanksEurosWinAndEurosNeedNoRate() {
        Expenditure saturday = create(fixture.line("2020-10-17", ExpenditureCategory.TRAVEL, "1552.30",
                "CAD"));
        Expenditure bank = create(fixture.line(fixture.octopus, "2024-10-15", ExpenditureCategory.TRAVEL,
                "6000", "CAD", "3985.20"));
        Expenditure euros = create(fixture.line("2024-06-29", ExpenditureCategory.STAFF, "95000", "EUR"));

        assertThat(saturday.rate().orElseThrow().date()).isEqualTo(LocalDate.of(2020, 10, 16));
        assertThat(bank.rate()).hasValueSatisfying(rate -> {
            assertThat(rate.source()).isEqualTo(RateSource.BANK_ACTUAL);
            assertThat(rate.unitsPerEuro()).isEqualByComparingTo("1.50557061");
        });
        assertThat(bank.euros()).isEqualTo(Money.euros(new BigDecimal("3985.20")));
        assertThat(euros.rate()).isEmpty();
        assertThat(euros.euros()).isEqualTo(Money.euros(new BigDecimal("95000.00")));
        assertThat(euros.basisMessageKey()).isEqualTo("payment.basis.euro");
    }

    @Test
    void aGapInTheEcbRatesIsAnErrorNamingTheLastRateUntilAManualRateIsEntered() {
        ExpenditureDraft june = fixture.line("2022-06-01", ExpenditureCategory.EXPERTS, "1000000", "RUB");

        assertThatThrownBy(() -> create(june)).isInstanceOfSatisfying(ValidationException.class,
                invalid -> {
                    FieldError error = invalid.errorFor(ExpenditureDraft.SPENT_ON).orElseThrow();
                    assertThat(error.messageKey()).isEqualTo("error.rate.gap");
                    assertThat(error.arguments()).contains(LocalDate.of(2022, 3, 1));
                });
        assertThat(spending.list(ExpenditureQuery.all())).isEmpty();

        database.rates().addManual("RUB", LocalDate.of(2022, 6, 1), new BigDecimal("66.50"), "Bank quote",
                "confirmed: far from the last ECB rate");
        Expenditure line = create(june);
        assertThat(line.rate().orElseThrow().source()).isEqualTo(RateSource.MANUAL);
        assertThat(line.euros()).isEqualTo(Money.euros(new BigDecimal("15037.59")));
    }

    @Test
    void aLineCannotBeDatedInTheFutureButTodayIsFine() {
        assertThatThrownBy(() -> create(fixture.line(TestDatabase.TODAY.plusDays(1).toString(),
                ExpenditureCategory.OTHER, "100", "EUR"))).isInstanceOfSatisfying(ValidationException.class,
                        invalid -> assertThat(invalid.errorFor(ExpenditureDraft.SPENT_ON).orElseThrow().messageKey())
                                .isEqualTo("validation.expenditure.future"));

        assertThat(create(fixture.line(TestDatabase.TODAY.toString(), ExpenditureCategory.OTHER, "100",
                "EUR")).spentOn()).isEqualTo(TestDatabase.TODAY);
    }

    @Test
    void aSaveFromAnOlderVersionIsRefusedAndTheOtherSaveKept() {
        Expenditure line = create(fixture.line("2023-01-05", ExpenditureCategory.STAFF, "30000", "EUR"));
        ExpenditureDraft first = fixture.line("2023-01-05", ExpenditureCategory.STAFF, "31000", "EUR");
        ExpenditureDraft second = fixture.line("2023-01-05", ExpenditureCategory.STAFF, "32000", "EUR");

        Expenditure saved = spending.update(line.id(), line.version(), first, CONFIRMED);
        assertThat(saved.version()).isEqualTo(1);
        assertThatThrownBy(() -> spending.update(line.id(), line.version(), second, CONFIRMED))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> spending.delete(line.id(), line.version()))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(spending.get(line.id()).euros()).isEqualTo(Money.euros(new BigDecimal("31000.00")));
    }

    @Test
    void editingTheWordsKeepsTheStoredConversionAndEditingTheMoneyConvertsAgain() {
        database.rates().addManual("RUB", LocalDate.of(2022, 6, 1), new BigDecimal("66.50"), "Bank quote",
                "confirmed: far from the last ECB rate");
        Expenditure line = create(fixture.line("2022-06-03", ExpenditureCategory.EXPERTS, "665000", "RUB"));
        assertThat(line.euros()).isEqualTo(Money.euros(new BigDecimal("10000.00")));
        // A closer manual rate appears later: a line already entered does not move.
        database.rates().addManual("RUB", LocalDate.of(2022, 6, 2), new BigDecimal("70"), "Later quote",
                "confirmed: far from the last ECB rate");

        Expenditure renamed = spending.update(line.id(), line.version(), new ExpenditureDraft(
                fixture.octopus.id(), LocalDate.of(2022, 6, 3), ExpenditureCategory.OTHER, "Legal advice",
                new BigDecimal("665000"), "RUB", null), CONFIRMED);
        assertThat(renamed.euros()).isEqualTo(Money.euros(new BigDecimal("10000.00")));
        assertThat(renamed.rate().orElseThrow().date()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(renamed.category()).isEqualTo(ExpenditureCategory.OTHER);

        Expenditure changed = spending.update(line.id(), renamed.version(), new ExpenditureDraft(
                fixture.octopus.id(), LocalDate.of(2022, 6, 3), ExpenditureCategory.OTHER, "Legal advice",
                new BigDecimal("700000"), "RUB", null), CONFIRMED);
        assertThat(changed.rate().orElseThrow().date()).isEqualTo(LocalDate.of(2022, 6, 2));
        assertThat(changed.euros()).isEqualTo(Money.euros(new BigDecimal("10000.00")));
    }

    @Test
    void everyChangeIsAuditedAndTheHistoryOutlivesTheLine() {
        Expenditure line = create(fixture.line("2020-10-19", ExpenditureCategory.TRAVEL, "250000", "CAD"));
        Expenditure saved = spending.update(line.id(), line.version(), fixture.line("2020-10-19",
                ExpenditureCategory.EVENTS, "250000", "CAD"), CONFIRMED);
        spending.delete(line.id(), saved.version());

        List<AuditEntry> history = spending.history(line.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly(AuditEntry.Action.CREATE,
                AuditEntry.Action.UPDATE, AuditEntry.Action.DELETE);
        assertThat(history).extracting(AuditEntry::recordType).containsOnly(SpendingService.AUDIT_TYPE);
        assertThat(history).extracting(AuditEntry::actor).containsOnly(TestDatabase.ACTOR);
        assertThat(history.get(0).newValues()).contains("expenditure.project: OCTOPUS",
                "expenditure.category: expenditure.category.travel", "expenditure.amount: CAD 250000.00",
                "payment.rate: 1.5523", "payment.rateDate: 2020-10-19", "payment.basis: rate.sourceShort.ecb",
                "payment.euros: EUR 161051.34");
        assertThat(history.get(1).oldValues()).contains("expenditure.category.travel");
        assertThat(history.get(1).newValues()).contains("expenditure.category.events");
        assertThat(history.get(2).newValues()).isEmpty();
        assertThat(spending.list(ExpenditureQuery.all())).isEmpty();
    }

    @Test
    void aProjectWithSpendingCannotBeDeleted() {
        Expenditure line = create(fixture.line("2023-01-05", ExpenditureCategory.STAFF, "30000", "EUR"));

        assertThatThrownBy(() -> database.projects().delete(fixture.octopus.id(), fixture.octopus.version()))
                .isInstanceOfSatisfying(StillReferencedException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.project.hasExpenditures");
                    assertThat(refused.arguments()).containsExactly("Octopus Project", 1);
                });

        spending.delete(line.id(), line.version());
        database.projects().delete(fixture.octopus.id(), fixture.octopus.version());
        assertThat(database.projects().list()).hasSize(1);
    }

    @Test
    void listsFilterByProjectCategoryAndPeriodOldestFirst() {
        create(fixture.line("2023-06-12", ExpenditureCategory.TRAVEL, "8400", "USD"));
        create(fixture.line("2021-11-18", ExpenditureCategory.EVENTS, "48000", "EUR"));
        create(fixture.line("2023-12-13", ExpenditureCategory.EVENTS, "420000", "RON"));
        create(fixture.line(fixture.cybercrimeAtOctopus, "2020-11-30", ExpenditureCategory.EVENTS, "500",
                "EUR", null));

        assertThat(spending.list(ExpenditureQuery.of(fixture.octopus.id()))).extracting(Expenditure::spentOn)
                .containsExactly(LocalDate.of(2021, 11, 18), LocalDate.of(2023, 6, 12), LocalDate.of(2023, 12, 13));
        assertThat(spending.list(ExpenditureQuery.of(fixture.octopus.id()).withCategory(ExpenditureCategory.EVENTS)
                .inYear(2023))).singleElement()
                .satisfies(line -> assertThat(line.euros()).isEqualTo(Money.euros(new BigDecimal("84442.48"))));
        assertThat(spending.list(ExpenditureQuery.all().withCategory(ExpenditureCategory.EVENTS)))
                .extracting(Expenditure::projectCode).containsExactly("C@O", "OCTOPUS", "OCTOPUS");
        assertThat(spending.years(fixture.octopus.id())).containsExactly(2023, 2021);
    }

    @Test
    void moneyAgainstTimeIsComputedFromStoredEurosAsOfADate() {
        receive("JP-1", "2021-05-04", "300000", AllocationDraft.whole(fixture.octopus.id()));
        receive("JP-2", "2022-06-01", "100000",
                new AllocationDraft(fixture.octopus.id(), AllocationBasis.AMOUNT, new BigDecimal("40000"), ""),
                new AllocationDraft(fixture.cybercrimeAtOctopus.id(), AllocationBasis.AMOUNT,
                        new BigDecimal("60000"), ""));
        // Split with another project without public amounts: the project's part is not known, so not counted.
        receive("JP-3", "2022-09-01", "45000",
                new AllocationDraft(fixture.octopus.id(), AllocationBasis.UNDISCLOSED, null, ""),
                new AllocationDraft(fixture.cybercrimeAtOctopus.id(), AllocationBasis.UNDISCLOSED, null, ""));
        receive("JP-4", "2024-02-02", "50000", AllocationDraft.whole(fixture.octopus.id()));
        create(fixture.line("2021-11-18", ExpenditureCategory.EVENTS, "48000", "EUR"));
        // Exactly twelve months before the date: outside the burn rate's window, inside what was spent.
        create(fixture.line("2022-12-31", ExpenditureCategory.STAFF, "60000", "EUR"));
        create(fixture.line("2023-01-01", ExpenditureCategory.STAFF, "30000", "EUR"));
        create(fixture.line("2023-06-12", ExpenditureCategory.TRAVEL, "8400", "USD")); // EUR 7,803.07
        create(fixture.line("2023-12-31", ExpenditureCategory.EXPERTS, "5000", "EUR"));
        create(fixture.line("2024-01-10", ExpenditureCategory.OTHER, "10000", "EUR"));
        create(fixture.line(fixture.cybercrimeAtOctopus, "2023-03-01", ExpenditureCategory.OTHER, "999",
                "EUR", null));

        ProjectFinance finance = spending.finance(fixture.octopus.id(), LocalDate.of(2023, 12, 31));

        // The dashboard's reading of several projects at once gives each its own figures, in the order asked.
        var unfunded = database.projects().create(new ProjectDraft("GLACY", "GLACY+", LocalDate.of(2016, 3, 1),
                LocalDate.of(2021, 2, 28), ProjectStatus.CLOSED, null, "", List.of(), null));
        assertThat(spending.finances(List.of(fixture.cybercrimeAtOctopus.id(), unfunded.id(), fixture.octopus.id()),
                LocalDate.of(2023, 12, 31))).containsExactly(
                        spending.finance(fixture.cybercrimeAtOctopus.id(), LocalDate.of(2023, 12, 31)),
                        spending.finance(unfunded.id(), LocalDate.of(2023, 12, 31)), finance);
        assertThat(finance.budget()).hasValueSatisfying(budget -> assertThat(budget).isEqualByComparingTo("1000000"));
        // 300,000 + 40,000; JP-3 split without amounts and JP-4 paid later are not in it.
        assertThat(finance.receivedEuros()).isEqualByComparingTo("340000.00");
        // 48,000 + 60,000 + 30,000 + 7,803.07 + 5,000
        assertThat(finance.spentEuros()).isEqualByComparingTo("150803.07");
        assertThat(finance.percentBudgetReceived()).hasValue(new BigDecimal("34.0"));
        assertThat(finance.percentBudgetSpent()).hasValue(new BigDecimal("15.1"));
        // 1,094 of 1,461 days
        assertThat(finance.percentTimeElapsed()).isEqualByComparingTo("74.9");
        // (30,000 + 7,803.07 + 5,000) / 12 = 3,566.9225
        assertThat(finance.monthlyBurnRate()).isEqualTo(new BigDecimal("3566.92"));
        // (340,000 - 150,803.07) / 3,566.92 = 53.042
        assertThat(finance.monthsOfFundingLeft()).hasValue(new BigDecimal("53.0"));
        assertThat(finance.balanceEuros()).isEqualByComparingTo("189196.93");
    }

    @Test
    void withoutABudgetOrRecentSpendingThoseFiguresAreEmpty() {
        var noBudget = database.projects().create(new ProjectDraft("GLACY", "GLACY+", LocalDate.of(2016, 3, 1),
                LocalDate.of(2021, 2, 28), ProjectStatus.CLOSED, null, "", List.of(), null));
        create(fixture.line(noBudget, "2017-05-02", ExpenditureCategory.TRAVEL, "1200", "EUR", null));

        ProjectFinance finance = spending.finance(noBudget.id(), LocalDate.of(2019, 1, 1));

        assertThat(finance.budget()).isEmpty();
        assertThat(finance.percentBudgetReceived()).isEmpty();
        assertThat(finance.percentBudgetSpent()).isEmpty();
        assertThat(finance.spentEuros()).isEqualByComparingTo("1200.00");
        assertThat(finance.receivedEuros()).isEqualByComparingTo("0.00");
        assertThat(finance.monthlyBurnRate()).isEqualByComparingTo("0.00");
        assertThat(finance.monthsOfFundingLeft()).isEmpty();
    }

    @Test
    void bankEurosFarFromTheEcbRateWaitForAConfirmation() {
        // CAD 6,000 was about EUR 3,985 on 15 October 2024; EUR 398.52 is a zero left out.
        ExpenditureDraft slip = fixture.line(fixture.octopus, "2024-10-15", ExpenditureCategory.TRAVEL, "6000", "CAD",
                "398.52");

        assertThatThrownBy(() -> spending.create(slip, Set.of()))
                .isInstanceOfSatisfying(SpendingWarningException.class, asked -> assertThat(asked.found())
                        .singleElement().satisfies(found -> {
                            assertThat(found.kind()).isEqualTo(SpendingWarning.BANK_RATE);
                            assertThat(found.messageKey()).isEqualTo("warning.bankRate");
                            assertThat((BigDecimal) found.arguments().get(1)).isEqualByComparingTo("15.0557");
                        }));
        assertThat(spending.list(ExpenditureQuery.all())).isEmpty();

        Expenditure saved = spending.create(slip, Set.of(SpendingWarning.BANK_RATE));
        Expenditure renamed = spending.update(saved.id(), saved.version(), new ExpenditureDraft(slip.projectId(),
                slip.spentOn(), slip.category(), "Flights, as invoiced", slip.amount(), slip.currency(),
                slip.bankEuros()), Set.of());
        assertThat(renamed.description()).as("an edit of the words is not asked again").isEqualTo(
                "Flights, as invoiced");
    }

    @Test
    void aLineOutsideItsProjectOrRepeatingOneWaitsForAConfirmationOfEachReason() {
        ExpenditureDraft audit = fixture.line(fixture.cybercrimeAtOctopus, "2021-02-15", ExpenditureCategory.EXPERTS,
                "1200", "EUR", null);
        assertThatThrownBy(() -> spending.create(audit, Set.of()))
                .isInstanceOfSatisfying(SpendingWarningException.class, asked -> assertThat(asked.found())
                        .singleElement().satisfies(found -> {
                            assertThat(found.kind()).isEqualTo(SpendingWarning.OUTSIDE_PROJECT);
                            assertThat(found.messageKey()).isEqualTo("warning.spending.afterProject");
                            assertThat(found.arguments()).containsExactly(LocalDate.of(2021, 2, 15), "C@O",
                                    LocalDate.of(2020, 12, 31));
                        }));
        assertThat(spending.list(ExpenditureQuery.all())).isEmpty();
        Expenditure saved = spending.create(audit, Set.of(SpendingWarning.OUTSIDE_PROJECT));

        assertThatThrownBy(() -> spending.create(audit, Set.of(SpendingWarning.OUTSIDE_PROJECT)))
                .isInstanceOfSatisfying(SpendingWarningException.class, asked -> {
                    assertThat(asked.kinds()).containsExactly(SpendingWarning.REPEATED);
                    assertThat(asked.found().get(0).arguments()).containsExactly(LocalDate.of(2021, 2, 15),
                            new BigDecimal("1200.00"), "EUR", audit.description());
                });
        assertThatThrownBy(() -> spending.create(audit, Set.of()))
                .isInstanceOfSatisfying(SpendingWarningException.class, asked -> assertThat(asked.kinds())
                        .containsExactlyInAnyOrder(SpendingWarning.OUTSIDE_PROJECT, SpendingWarning.REPEATED));
        assertThat(spending.list(ExpenditureQuery.all())).hasSize(1);

        // An edit is asked about what it changed only: a new description, nothing; a day still after the end, that.
        Expenditure renamed = spending.update(saved.id(), saved.version(), new ExpenditureDraft(
                fixture.cybercrimeAtOctopus.id(), audit.spentOn(), audit.category(), "Final audit of the accounts",
                audit.amount(), "EUR", null), Set.of());
        assertThatThrownBy(() -> spending.update(saved.id(), renamed.version(), new ExpenditureDraft(
                fixture.cybercrimeAtOctopus.id(), LocalDate.of(2021, 3, 1), audit.category(), renamed.description(),
                audit.amount(), "EUR", null), Set.of())).isInstanceOf(SpendingWarningException.class);

        // The project's first and last days are its own.
        spending.create(fixture.line(fixture.octopus, "2021-01-01", ExpenditureCategory.OTHER, "1", "EUR", null),
                Set.of());
        spending.create(fixture.line(fixture.octopus, "2024-12-31", ExpenditureCategory.OTHER, "1", "EUR", null),
                Set.of());
        assertThat(spending.list(ExpenditureQuery.all())).hasSize(3);
    }

    private Expenditure create(ExpenditureDraft draft) {
        return spending.create(draft, CONFIRMED);
    }

    private void receive(String reference, String date, String amount, AllocationDraft... allocations) {
        Contribution pledge = database.contributions().create(new ContributionDraft(fixture.japan.id(), reference,
                LocalDate.parse(date), new BigDecimal(amount), "EUR", "", "", List.of(allocations)));
        database.contributions().addPayment(pledge.id(), pledge.version(),
                new PaymentDraft(LocalDate.parse(date), new BigDecimal(amount), null, ""), Set.of());
    }
}
