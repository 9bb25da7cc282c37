package org.octopusdesk.service.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.ActualCostDraft;
import org.octopusdesk.domain.conference.BudgetCategory;
import org.octopusdesk.domain.conference.BudgetLine;
import org.octopusdesk.domain.conference.ConferenceBudget;
import org.octopusdesk.domain.contribution.AllocationBasis;
import org.octopusdesk.domain.contribution.AllocationDraft;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.money.Money;
import org.octopusdesk.domain.money.RateSource;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.StillReferencedException;
import org.octopusdesk.service.spending.ExpenditureQuery;

/** An edition's budget on real H2 with the real migrations and the shipped ECB history; figures computed by hand. */
class BudgetServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private BudgetService budgets;
    private BudgetFixture fixture;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder);
        budgets = database.conferenceBudgets();
        fixture = new BudgetFixture(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Money euros(String amount) {
        return Money.euros(new BigDecimal(amount));
    }

    @Test
    void plansInThreeCurrenciesAreConvertedAtTheEcbRateOfTheDayTheyWerePlanned() {
        budgets.createLine(fixture.bucharest.id(), BudgetFixture.line(BudgetCategory.VENUE, "40000", "EUR"));
        // 2 Oct 2023: EUR 1 = CAD 1.4335 and GBP 0.86628.
        BudgetLine travel = budgets.createLine(fixture.bucharest.id(),
                BudgetFixture.line(BudgetCategory.FUNDED_TRAVEL, "30000", "CAD"));
        budgets.createLine(fixture.bucharest.id(), BudgetFixture.line(BudgetCategory.INTERPRETATION, "10000", "GBP"));

        assertThat(travel.plannedEuros()).isEqualTo(euros("20927.80"));
        assertThat(travel.plannedRate()).hasValueSatisfying(rate -> {
            assertThat(rate.unitsPerEuro()).isEqualByComparingTo("1.4335");
            assertThat(rate.source()).isEqualTo(RateSource.ECB);
        });
        ConferenceBudget budget = budgets.budget(fixture.bucharest.id());
        assertThat(budget.plannedEuros()).isEqualTo(euros("72471.41"));
        assertThat(budget.byCategory()).extracting(ConferenceBudget.CategoryTotals::category)
                .containsExactly(BudgetCategory.VENUE, BudgetCategory.INTERPRETATION, BudgetCategory.FUNDED_TRAVEL);
        assertThat(budgets.history(travel.id())).extracting(AuditEntry::action)
                .containsExactly(AuditEntry.Action.CREATE);
    }

    @Test
    void anActualIsTheProjectsSpendingOnceAndTheBalanceIsIncomeLessActualCosts() {
        BudgetLine venue = budgets.createLine(fixture.bucharest.id(),
                BudgetFixture.line(BudgetCategory.VENUE, "40000", "EUR"));
        BudgetLine travel = budgets.createLine(fixture.bucharest.id(),
                BudgetFixture.line(BudgetCategory.FUNDED_TRAVEL, "30000", "CAD"));
        budgets.addActual(venue.id(), new ActualCostDraft(LocalDate.of(2023, 12, 15), new BigDecimal("41500"),
                "EUR", null), Set.of());
        // 14 Dec 2023: EUR 1 = CAD 1.4677, so CAD 14,677 is EUR 10,000.00.
        Expenditure flights = budgets.addActual(travel.id(), new ActualCostDraft(LocalDate.of(2023, 12, 14),
                new BigDecimal("14677"), "CAD", null), Set.of());
        fixture.pledgeToBucharest("JP-2023", "50000", "30000");

        assertThat(flights.euros()).isEqualTo(euros("10000.00"));
        assertThat(flights.category()).isEqualTo(ExpenditureCategory.TRAVEL);
        assertThat(flights.projectId()).isEqualTo(fixture.octopus.id());
        List<Expenditure> projectLines = database.spending().list(new ExpenditureQuery(fixture.octopus.id(), null,
                null, null));
        assertThat(projectLines).hasSize(2);
        assertThat(database.spending().finance(fixture.octopus.id(), LocalDate.of(2023, 12, 31)).spentEuros())
                .isEqualByComparingTo("51500.00");

        ConferenceBudget budget = budgets.budget(fixture.bucharest.id());
        assertThat(budget.actualEuros()).isEqualTo(euros("51500.00"));
        assertThat(budget.receivedEuros()).isEqualTo(euros("30000.00"));
        assertThat(budget.outstandingEuros()).isEqualTo(euros("20000.00"));
        assertThat(budget.balance()).isEqualTo(euros("-1500.00"));
        assertThat(budget.plannedBalance()).isEqualTo(euros("-10927.80"));
        assertThat(budget.funding()).singleElement().satisfies(funding -> {
            assertThat(funding.donor()).isEqualTo("Japan");
            assertThat(funding.reference()).isEqualTo("JP-2023");
        });
        // The edition's money is the project's: its totals hold it once, and the check finds nothing to repair.
        assertThat(database.contributions().receivedByProjects(LocalDate.of(2023, 12, 31)).get(fixture.octopus.id()))
                .isEqualByComparingTo("30000.00");
        assertThat(database.dataCheck().check(done -> { }).agrees()).isTrue();
        // The dashboard's "received by project": the edition under its project, not added to the total again.
        var summary = database.contributions().summary(LocalDate.of(2023, 12, 31), 5);
        assertThat(summary.allTime().byEdition()).singleElement().satisfies(edition -> {
            assertThat(edition.project()).isEqualTo(fixture.octopus.id());
            assertThat(edition.year()).isEqualTo(2023);
            assertThat(edition.euros()).isEqualByComparingTo("30000.00");
        });
        assertThat(summary.allTime().total()).isEqualByComparingTo("30000.00");
        assertThat(database.contributions().summary(LocalDate.of(2024, 6, 30), 5).thisYear().byEdition()).isEmpty();
    }

    @Test
    void removingAnActualRemovesItsExpenditureLineAndALineWithActualsIsNotDeleted() {
        BudgetLine venue = budgets.createLine(fixture.bucharest.id(),
                BudgetFixture.line(BudgetCategory.VENUE, "40000", "EUR"));
        Expenditure deposit = budgets.addActual(venue.id(), new ActualCostDraft(LocalDate.of(2023, 11, 2),
                new BigDecimal("5000"), "EUR", null), Set.of());
        BudgetLine withActual = budgets.budget(fixture.bucharest.id()).lines().get(0);

        assertThatThrownBy(() -> budgets.deleteLine(venue.id(), withActual.version()))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.budget.lineHasActuals");
        assertThatThrownBy(() -> database.conferences().delete(fixture.bucharest.id(), fixture.bucharest.version()))
                .isInstanceOf(StillReferencedException.class).hasMessageContaining("error.conference.hasBudget");

        budgets.removeActual(venue.id(), deposit.id(), deposit.version());
        assertThat(database.spending().list(new ExpenditureQuery(fixture.octopus.id(), null, null, null))).isEmpty();
        budgets.deleteLine(venue.id(), budgets.budget(fixture.bucharest.id()).lines().get(0).version());
        assertThat(budgets.budget(fixture.bucharest.id()).lines()).isEmpty();
        assertThat(budgets.history(venue.id())).extracting(AuditEntry::action).containsExactly(
                AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE, AuditEntry.Action.UPDATE,
                AuditEntry.Action.DELETE);
    }

    @Test
    void anEditionWithoutAProjectCannotBookActualsAndUnknownCurrenciesAreRefusedBesideTheField() {
        BudgetLine catering = budgets.createLine(fixture.noProject.id(),
                BudgetFixture.line(BudgetCategory.CATERING, "8000", "EUR"));

        assertThatThrownBy(() -> budgets.addActual(catering.id(), new ActualCostDraft(LocalDate.of(2024, 12, 12),
                new BigDecimal("7900"), "EUR", null), Set.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("error.budget.noProject");
        assertThatThrownBy(() -> budgets.createLine(fixture.bucharest.id(),
                BudgetFixture.line(BudgetCategory.OTHER, "100", "XYZ")))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactly("plannedCurrency"));
        BudgetLine venue = budgets.createLine(fixture.bucharest.id(),
                BudgetFixture.line(BudgetCategory.VENUE, "100", "EUR"));
        assertThatThrownBy(() -> budgets.addActual(venue.id(), new ActualCostDraft(LocalDate.of(2023, 12, 14),
                new BigDecimal("100"), "QQQ", null), Set.of()))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactly("currency"));
    }

    @Test
    void anEarmarkNamesAnEditionOfItsOwnProjectOnlyAndTiesTheEditionToIt() {
        var other = database.projects().create(new org.octopusdesk.domain.project.ProjectDraft("GLACY", "GLACY+",
                LocalDate.of(2016, 3, 1), LocalDate.of(2026, 2, 28), org.octopusdesk.domain.project.ProjectStatus
                        .RUNNING, null, "", List.of(), null));
        assertThatThrownBy(() -> database.contributions().create(new ContributionDraft(fixture.japan.id(), "JP-X",
                LocalDate.of(2023, 6, 1), new BigDecimal("1000"), "EUR", "", "", List.of(new AllocationDraft(
                        other.id(), fixture.bucharest.id(), AllocationBasis.SHARE, new BigDecimal("100"), "")))))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.allocation.editionOfAnother"));

        var pledge = fixture.pledgeToBucharest("JP-2023", "50000", "30000");
        assertThat(pledge.allocations()).singleElement().satisfies(allocation -> {
            assertThat(allocation.edition()).isEqualTo(fixture.bucharest.id());
            assertThat(allocation.target()).isEqualTo("OCTOPUS / 2023");
        });
        var moved = fixture.bucharest.toDraft();
        var elsewhere = new org.octopusdesk.domain.conference.ConferenceDraft(moved.year(), moved.title(),
                moved.start(), moved.end(), moved.format(), moved.venue(), moved.city(), other.id(), moved.status(),
                moved.note());
        assertThatThrownBy(() -> database.conferences().update(fixture.bucharest.id(), fixture.bucharest.version(),
                elsewhere)).isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::messageKey).contains("validation.conference.projectHasMoney"));
        assertThatThrownBy(() -> database.conferences().delete(fixture.bucharest.id(), fixture.bucharest.version()))
                .isInstanceOf(StillReferencedException.class).hasMessageContaining("error.conference.hasEarmarks");
    }

    @Test
    void theDatabaseItselfRefusesAnEarmarkToAnEditionOfAnotherProject() {
        var pledge = fixture.pledgeToBucharest("JP-2023", "50000", "30000");
        var other = database.projects().create(new org.octopusdesk.domain.project.ProjectDraft("GLACY", "GLACY+",
                LocalDate.of(2016, 3, 1), LocalDate.of(2026, 2, 28), org.octopusdesk.domain.project.ProjectStatus
                        .RUNNING, null, "", List.of(), null));

        assertThatThrownBy(() -> database.execute("UPDATE allocation SET project_id = " + other.id().value()
                + " WHERE contribution_id = " + pledge.id().value())).satisfies(
                        refused -> assertThat(refused.getMessage()).containsIgnoringCase("ALLOCATION_CONFERENCE_FK"));
    }
}
