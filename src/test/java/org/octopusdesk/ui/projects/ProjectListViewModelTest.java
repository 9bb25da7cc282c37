package org.octopusdesk.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.project.DurationState;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

class ProjectListViewModelTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ProjectListViewModel list;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder);
        database.sampleData().load();
        Messages messages = Messages.forLanguage("en");
        list = new ProjectListViewModel(database.projects(), new SameThreadRunner(), dialogs,
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages);
        list.reload();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ProjectRow row(String code) {
        return list.visibleRows().stream().filter(row -> row.project().code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void showsEveryProjectWithItsDurationAsOfToday() {
        assertThat(list.visibleRows()).extracting(row -> row.project().code()).containsExactly("C@O", "OCTOPUS");
        assertThat(row("OCTOPUS").duration().state()).isEqualTo(DurationState.ENDED);
        assertThat(list.asOfProperty().get()).isEqualTo(TestDatabase.TODAY);
    }

    @Test
    void aChosenDateRecomputesEveryDurationAndKeepsTheSelection() {
        list.selectedProperty().set(row("OCTOPUS"));

        list.asOfProperty().set(LocalDate.of(2022, 12, 31));

        assertThat(row("OCTOPUS").duration().state()).isEqualTo(DurationState.RUNNING);
        assertThat(row("OCTOPUS").duration().elapsedDays()).isEqualTo(729);
        assertThat(list.selectedProperty().get().project().code()).isEqualTo("OCTOPUS");
    }

    @Test
    void filtersAsThePersonTypesOnCodeNameStatusOrState() {
        list.filterProperty().set("follow");
        assertThat(list.visibleRows()).isEmpty();

        list.filterProperty().set("octopus project");
        assertThat(list.visibleRows()).extracting(row -> row.project().code()).containsExactly("OCTOPUS");

        list.filterProperty().set("closed");
        assertThat(list.visibleRows()).extracting(row -> row.project().code()).containsExactly("C@O");

        list.filterProperty().set("");
        assertThat(list.visibleRows()).hasSize(2);
    }

    @Test
    void deletingAsksFirstAndDoesNothingWhenDeclined() {
        list.selectedProperty().set(row("OCTOPUS"));

        list.deleteSelected();

        assertThat(dialogs.questions()).singleElement().asString().contains("Octopus Project");
        assertThat(database.projects().list()).hasSize(2);
    }

    @Test
    void deletesOnConfirmation() {
        database.projects().create(new org.octopusdesk.domain.project.ProjectDraft("GLACY", "GLACY+",
                java.time.LocalDate.of(2016, 3, 1), java.time.LocalDate.of(2026, 2, 28),
                org.octopusdesk.domain.project.ProjectStatus.RUNNING, null, "", java.util.List.of(), null));
        list.reload(Optional.empty());
        dialogs.answering(true);
        list.selectedProperty().set(row("GLACY"));

        list.deleteSelected();

        assertThat(list.visibleRows()).extracting(row -> row.project().code()).containsExactly("C@O", "OCTOPUS");
        assertThat(list.selectedProperty().get()).isNull();
    }

    @Test
    void aProjectWithContributionsEarmarkedToItIsNotDeleted() {
        dialogs.answering(true);
        list.selectedProperty().set(row("OCTOPUS"));

        list.deleteSelected();

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> assertThat(shown.message())
                .startsWith("7 contributions are earmarked to “Octopus Project”"));
        assertThat(list.visibleRows()).hasSize(2);
    }

    @Test
    void aRefusedDeleteIsExplainedAndChangesNothing() {
        dialogs.answering(true);
        list.selectedProperty().set(row("C@O"));

        list.deleteSelected();

        assertThat(dialogs.errors()).singleElement().satisfies(shown -> assertThat(shown.message())
                .isEqualTo("“Cybercrime@Octopus” cannot be deleted: “Octopus Project” names it as its predecessor. "
                        + "Remove that link first."));
        assertThat(list.visibleRows()).hasSize(2);
    }

    @Test
    void reloadSelectsTheNamedProject() {
        list.reload(Optional.of(row("C@O").project().id()));

        assertThat(list.selectedProperty().get().project().code()).isEqualTo("C@O");
    }
}
