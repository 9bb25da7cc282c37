package org.octopusdesk.domain.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationWarningTest {

    private static Project project(ProjectStatus status) {
        return new Project(new ProjectId(1), "OCT", "Octopus Project", LocalDate.of(2021, 1, 1),
                LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), status, null, "", List.of(), null, 0);
    }

    private static List<DurationWarning> warningsOn(ProjectStatus status, LocalDate date) {
        Project project = project(status);
        return DurationWarning.of(project, project.durationAsOf(date));
    }

    @Test
    void aRunningProjectNearItsEndIsFlagged() {
        assertThat(warningsOn(ProjectStatus.RUNNING, LocalDate.of(2024, 11, 1)))
                .containsExactly(DurationWarning.ENDS_SOON);
        assertThat(warningsOn(ProjectStatus.RUNNING, LocalDate.of(2024, 6, 1))).isEmpty();
    }

    @Test
    void aClosedProjectNeedsNoReminderOfItsEnd() {
        assertThat(warningsOn(ProjectStatus.CLOSED, LocalDate.of(2024, 11, 1))).isEmpty();
    }

    @Test
    void aStatusThatContradictsTheDatesIsFlagged() {
        assertThat(warningsOn(ProjectStatus.RUNNING, LocalDate.of(2026, 11, 28)))
                .containsExactly(DurationWarning.STILL_MARKED_RUNNING);
        assertThat(warningsOn(ProjectStatus.PLANNED, LocalDate.of(2022, 1, 1)))
                .containsExactly(DurationWarning.STILL_MARKED_PLANNED);
    }
}
