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
            DashboardViewModel dashboard = new DashboardViewModel(database.projects(), new SameThreadRunner(),
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

            dashboard.asOfProperty().set(LocalDate.of(2013, 1, 1));

            assertThat(dashboard.notStartedProperty().get()).isEqualTo(2);
            assertThat(dashboard.attention()).isEmpty();
        }
    }
}
