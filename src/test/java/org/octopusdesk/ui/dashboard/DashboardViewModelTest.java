package org.octopusdesk.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.project.DurationWarning;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

class DashboardViewModelTest {

    @TempDir
    Path folder;

    @Test
    void showsRunningProjectsAndWhatNeedsAttentionAsOfTheChosenDate() {
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            database.sampleData().load();
            ScriptedDialogs dialogs = new ScriptedDialogs();
            DashboardViewModel dashboard = new DashboardViewModel(database.projects(), database.contributions(),
                    database.spending(), database.followUps(), database.conferences().logistics(),
                    new SameThreadRunner(),
                    new ErrorReporter(dialogs, Messages.forLanguage("en"), folder.resolve("log")));
            dashboard.reload();

            assertThat(dashboard.running()).isEmpty();
            assertThat(dashboard.endedProperty().get()).isEqualTo(2);
            assertThat(dashboard.attention()).singleElement().satisfies(card -> {
                assertThat(card.project().code()).isEqualTo("OCTOPUS");
                assertThat(card.warnings()).containsExactly(DurationWarning.STILL_MARKED_RUNNING);
            });

            dashboard.asOfProperty().set(LocalDate.of(2024, 11, 1));

            assertThat(dashboard.running()).singleElement().satisfies(card -> {
                assertThat(card.project().code()).isEqualTo("OCTOPUS");
                assertThat(card.duration().remainingDays()).isEqualTo(61);
                assertThat(card.warnings()).containsExactly(DurationWarning.ENDS_SOON);
            });
            assertThat(dashboard.endedProperty().get()).isEqualTo(1);
            // The sample's receipts up to 1 November 2024: 2024 brought Japan's 120,000 and the US 2,036,671.06.
            var money = dashboard.moneyProperty().get();
            assertThat(money.asOf()).isEqualTo(LocalDate.of(2024, 11, 1));
            assertThat(money.thisYear().total()).isEqualByComparingTo("2156671.06");
            assertThat(money.thisYear().notEarmarked()).isEqualByComparingTo("120000.00");
            assertThat(money.allTime().undisclosedSplit()).isEqualByComparingTo("251051.34");
            assertThat(money.topDonors().get(0).name()).isEqualTo("United States of America (INL)");
            assertThat(money.outstanding()).isEmpty();
            // Money against time of the running project: the sample's illustrative spending up to that day.
            assertThat(dashboard.finances()).containsOnlyKeys(dashboard.running().get(0).project().id());
            assertThat(dashboard.finances().values()).singleElement().satisfies(finance -> {
                assertThat(finance.asOf()).isEqualTo(LocalDate.of(2024, 11, 1));
                assertThat(finance.receivedEuros()).isEqualByComparingTo("2369499.67");
                assertThat(finance.spentEuros()).isEqualByComparingTo("363480.99");
                assertThat(finance.percentTimeElapsed()).isEqualByComparingTo("95.8");
            });

            dashboard.asOfProperty().set(LocalDate.of(2013, 1, 1));

            assertThat(dashboard.finances()).as("no project running then").isEmpty();

            assertThat(dashboard.moneyProperty().get().allTime().total()).isEqualByComparingTo("0");

            assertThat(dashboard.notStartedProperty().get()).isEqualTo(2);
            assertThat(dashboard.attention()).isEmpty();
        }
    }
}
