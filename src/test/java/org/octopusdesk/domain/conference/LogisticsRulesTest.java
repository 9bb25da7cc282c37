package org.octopusdesk.domain.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.octopusdesk.domain.FieldError;

/** The rules of logistics tasks: when one is late, what a template item becomes, and the summary's counts. */
class LogisticsRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private static LogisticsTask task(LocalDate due, LogisticsStatus status) {
        return new LogisticsTask(new LogisticsTaskId(1), new ConferenceId(1), "Venue", LogisticsCategory.VENUE, "",
                due, status, "");
    }

    @Test
    void onlyAnUnfinishedTaskPastItsDueDayIsOverdue() {
        LocalDate yesterday = TODAY.minusDays(1);
        assertThat(task(yesterday, LogisticsStatus.OPEN).isOverdueOn(TODAY)).isTrue();
        assertThat(task(yesterday, LogisticsStatus.IN_PROGRESS).isOverdueOn(TODAY)).isTrue();
        assertThat(task(TODAY, LogisticsStatus.OPEN).isOverdueOn(TODAY)).isFalse();
        assertThat(task(yesterday, LogisticsStatus.DONE).isOverdueOn(TODAY)).isFalse();
        assertThat(task(yesterday, LogisticsStatus.CANCELLED).isOverdueOn(TODAY)).isFalse();
        assertThat(task(null, LogisticsStatus.OPEN).isOverdueOn(TODAY)).isFalse();
    }

    @Test
    void aTemplateItemIsDueItsLeadTimeFromTheFirstDayOrUndatedWithoutOne() {
        ChecklistItem visas = new ChecklistItem(new ChecklistItemId(3), 3, "Send invitation letters for visas",
                LogisticsCategory.VISAS, "Protocol", -45, java.util.Optional.of("visas"));

        LogisticsTaskDraft dated = visas.taskFor(LocalDate.of(2027, 6, 14), "Envoyer les lettres d’invitation");
        LogisticsTaskDraft undated = visas.taskFor(null, visas.title());

        assertThat(dated.title()).as("in the words given").isEqualTo("Envoyer les lettres d’invitation");
        assertThat(dated.due()).isEqualTo(LocalDate.of(2027, 4, 30));
        assertThat(dated.status()).isEqualTo(LogisticsStatus.OPEN);
        assertThat(dated.owner()).isEqualTo("Protocol");
        assertThat(undated.due()).isNull();
        assertThat(undated.validate()).isEmpty();
    }

    @Test
    void theSummaryCountsEveryStatusAndTheOverdueOnes() {
        LogisticsSummary summary = LogisticsSummary.of(List.of(task(TODAY.minusDays(3), LogisticsStatus.OPEN),
                task(TODAY.minusDays(3), LogisticsStatus.DONE), task(TODAY.plusDays(3), LogisticsStatus.IN_PROGRESS),
                task(null, LogisticsStatus.OPEN)), TODAY);

        assertThat(summary.total()).isEqualTo(4);
        assertThat(summary.count(LogisticsStatus.OPEN)).isEqualTo(2);
        assertThat(summary.count(LogisticsStatus.IN_PROGRESS)).isEqualTo(1);
        assertThat(summary.count(LogisticsStatus.DONE)).isEqualTo(1);
        assertThat(summary.count(LogisticsStatus.CANCELLED)).isZero();
        assertThat(summary.overdue()).isEqualTo(1);
    }

    @Test
    void draftsAreTrimmedAndBoundedAndTheLeadTimeStaysWithinTwoYearsBeforeAndOneAfter() {
        LogisticsTaskDraft draft = new LogisticsTaskDraft("  Badges ", LogisticsCategory.BADGES, null, null,
                LogisticsStatus.OPEN, "x".repeat(1001));
        assertThat(draft.title()).isEqualTo("Badges");
        assertThat(draft.validate()).extracting(FieldError::field).containsExactly(LogisticsTaskDraft.NOTE);
        assertThat(new ChecklistItemDraft("Venue", LogisticsCategory.VENUE, "", -730).validate()).isEmpty();
        assertThat(new ChecklistItemDraft("Venue", LogisticsCategory.VENUE, "", -731).validate())
                .extracting(FieldError::field).containsExactly(ChecklistItemDraft.OFFSET);
        assertThat(new ChecklistItemDraft("Venue", LogisticsCategory.VENUE, "", 366).validate()).hasSize(1);
        assertThat(new ChecklistItemDraft("Venue", LogisticsCategory.VENUE, "", null).validate()).hasSize(1);
    }
}
