package org.octopusdesk.service.conferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.conference.ChecklistItem;
import org.octopusdesk.domain.conference.ChecklistItemDraft;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.conference.LogisticsCategory;
import org.octopusdesk.domain.conference.LogisticsStatus;
import org.octopusdesk.domain.conference.LogisticsSummary;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.domain.conference.LogisticsTaskDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;

/** Logistics tasks, the checklist template and the overdue tasks on real H2 with the real migrations. */
class LogisticsServiceTest {

    private static final LocalDate FIRST_DAY = LocalDate.of(2027, 6, 14);

    @TempDir
    Path folder;
    private TestDatabase database;
    private ConferenceService conferences;
    private LogisticsService logistics;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        conferences = database.conferences();
        logistics = conferences.logistics();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Conference edition(int year, LocalDate start, ConferenceStatus status) {
        return conferences.create(new ConferenceDraft(year, "Octopus Conference " + year, start,
                start == null ? null : start.plusDays(2), MeetingFormat.IN_PERSON, "", "", null, status, ""));
    }

    @Test
    void aNewEditionStartsWithTheShippedChecklistDueFromItsFirstDay() {
        Conference edition = edition(2027, FIRST_DAY, ConferenceStatus.PLANNING);

        List<LogisticsTask> tasks = logistics.ofConference(edition.id(), null);

        assertThat(tasks).extracting(LogisticsTask::category).containsExactly(LogisticsCategory.VENUE,
                LogisticsCategory.INTERPRETATION, LogisticsCategory.VISAS, LogisticsCategory.TRAVEL,
                LogisticsCategory.CATERING, LogisticsCategory.BADGES);
        assertThat(tasks).extracting(LogisticsTask::due).containsExactly(FIRST_DAY.minusDays(180),
                FIRST_DAY.minusDays(60), FIRST_DAY.minusDays(45), FIRST_DAY.minusDays(30), FIRST_DAY.minusDays(10),
                FIRST_DAY.minusDays(7));
        assertThat(tasks).allSatisfy(task -> assertThat(task.status()).isEqualTo(LogisticsStatus.OPEN));
    }

    @Test
    void theShippedTasksAreStandardAndANewEditionGetsThemInTheLanguageOfWhoeverRecordsIt() {
        assertThat(logistics.checklist()).extracting(item -> item.standard().orElse("-")).containsExactly("venue",
                "interpretation", "visas", "travel", "catering", "badges");

        Conference french = conferences.create(new ConferenceDraft(2027, "Conférence Octopus 2027", FIRST_DAY,
                FIRST_DAY.plusDays(2), MeetingFormat.IN_PERSON, "", "", null, ConferenceStatus.PLANNING, ""),
                item -> item.standard().map(standard -> "fr:" + standard).orElse(item.title()));

        assertThat(logistics.ofConference(french.id(), null)).extracting(LogisticsTask::title).containsExactly(
                "fr:venue", "fr:interpretation", "fr:visas", "fr:travel", "fr:catering", "fr:badges");
        Conference english = edition(2028, null, ConferenceStatus.PLANNING);
        assertThat(logistics.ofConference(english.id(), null)).extracting(LogisticsTask::title)
                .startsWith("Book the venue and the rooms");
    }

    @Test
    void aStandardTaskStaysOneWhileItsTitleIsKeptAndBecomesTheSecretariatsOwnOnceRewritten() {
        List<ChecklistItem> shipped = logistics.checklist();
        ChecklistItem venue = shipped.get(0);
        ChecklistItem badges = shipped.get(5);

        logistics.updateChecklistItem(venue.id(), new ChecklistItemDraft(venue.title(), venue.category(),
                "Conference unit", -200));
        logistics.updateChecklistItem(badges.id(), new ChecklistItemDraft("Print badges and name cards",
                badges.category(), "", -7));

        List<ChecklistItem> now = logistics.checklist();
        assertThat(now.get(0).standard()).as("only the owner and the lead time changed").hasValue("venue");
        assertThat(now.get(0).owner()).isEqualTo("Conference unit");
        assertThat(now.get(5).standard()).isEmpty();
        assertThat(now.get(5).title()).isEqualTo("Print badges and name cards");
        assertThat(logistics.addToChecklist(new ChecklistItemDraft("Print badges", LogisticsCategory.BADGES, "", -7))
                .standard()).as("a task a person adds is their own, whatever its words").isEmpty();
    }

    @Test
    void anEditionWithoutDatesGetsTheTasksWithoutDueDates() {
        Conference edition = edition(2028, null, ConferenceStatus.PLANNING);

        assertThat(logistics.ofConference(edition.id(), null)).hasSize(6)
                .allSatisfy(task -> assertThat(task.due()).isNull());
    }

    @Test
    void anEditionRecordedAsHeldAndTheSampleEditionsGetNoTasks() {
        Conference held = edition(2026, LocalDate.of(2026, 6, 1), ConferenceStatus.HELD);
        new ConferenceSamples(conferences).load();

        assertThat(logistics.ofConference(held.id(), null)).isEmpty();
        assertThat(conferences.list()).allSatisfy(edition ->
                assertThat(logistics.ofConference(edition.id(), null)).isEmpty());
    }

    @Test
    void theTemplateEditedInTheWindowIsWhatTheNextEditionGets() {
        List<ChecklistItem> shipped = logistics.checklist();
        logistics.removeFromChecklist(shipped.get(0).id());
        logistics.updateChecklistItem(shipped.get(1).id(), new ChecklistItemDraft("Book interpreters",
                LogisticsCategory.INTERPRETATION, "Conference unit", -90));
        ChecklistItem added = logistics.addToChecklist(new ChecklistItemDraft("Send the evaluation form",
                LogisticsCategory.OTHER, "", 3));

        Conference edition = edition(2027, FIRST_DAY, ConferenceStatus.PLANNING);
        List<LogisticsTask> tasks = logistics.ofConference(edition.id(), null);

        assertThat(added.position()).isEqualTo(7);
        assertThat(tasks).hasSize(6).extracting(LogisticsTask::title).doesNotContain(shipped.get(0).title())
                .contains("Book interpreters", "Send the evaluation form");
        LogisticsTask interpreters = tasks.stream().filter(task -> task.title().equals("Book interpreters"))
                .findFirst().orElseThrow();
        assertThat(interpreters.due()).isEqualTo(FIRST_DAY.minusDays(90));
        assertThat(interpreters.owner()).isEqualTo("Conference unit");
        assertThat(tasks.get(tasks.size() - 1).due()).isEqualTo(FIRST_DAY.plusDays(3));
    }

    @Test
    void aTemplateTaskNeedsATitleACategoryAndALeadTimeInRange() {
        assertThatThrownBy(() -> logistics.addToChecklist(new ChecklistItemDraft(" ", null, "", -1000)))
                .isInstanceOfSatisfying(ValidationException.class, refused ->
                        assertThat(refused.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                                ChecklistItemDraft.TITLE, ChecklistItemDraft.CATEGORY, ChecklistItemDraft.OFFSET));
        assertThat(logistics.checklist()).hasSize(6);
    }

    @Test
    void aTaskIsAddedMarkedDoneFilteredByStatusAndAudited() {
        Conference edition = edition(2026, null, ConferenceStatus.PLANNING);
        LogisticsTask task = logistics.create(edition.id(), new LogisticsTaskDraft("Reserve hotel block",
                LogisticsCategory.OTHER, "Anna", LocalDate.of(2026, 12, 1), LogisticsStatus.IN_PROGRESS, "40 rooms"));

        LogisticsTask done = logistics.markDone(task.id());

        assertThat(done.status()).isEqualTo(LogisticsStatus.DONE);
        assertThat(done.note()).isEqualTo("40 rooms");
        assertThat(logistics.ofConference(edition.id(), LogisticsStatus.DONE)).containsExactly(done);
        assertThat(logistics.ofConference(edition.id(), LogisticsStatus.OPEN)).hasSize(6);
        assertThat(database.audit().latest(LogisticsService.AUDIT_TYPE, "2026 #" + task.id(), 10))
                .extracting(row -> row.entry().action())
                .containsExactlyInAnyOrder(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE);
    }

    @Test
    void aTaskWithoutTitleOrCategoryIsRefusedByField() {
        Conference edition = edition(2026, null, ConferenceStatus.PLANNING);

        assertThatThrownBy(() -> logistics.create(edition.id(), new LogisticsTaskDraft("", null, "", null,
                LogisticsStatus.OPEN, ""))).isInstanceOfSatisfying(ValidationException.class, refused ->
                        assertThat(refused.errors()).extracting(FieldError::field)
                                .containsExactlyInAnyOrder(LogisticsTaskDraft.TITLE, LogisticsTaskDraft.CATEGORY));
    }

    @Test
    void overdueTasksAreTheUnfinishedOnesPastTheirDueDayAcrossEditions() {
        // Today is 28 Nov 2026: the 2027 edition's venue (−180 days: 15 Dec 2026) is not due yet.
        Conference soon = edition(2026, LocalDate.of(2026, 12, 10), ConferenceStatus.REGISTRATION_OPEN);
        Conference next = edition(2027, FIRST_DAY, ConferenceStatus.PLANNING);
        List<LogisticsTask> soonTasks = logistics.ofConference(soon.id(), null);
        logistics.markDone(soonTasks.get(0).id());
        logistics.update(soonTasks.get(1).id(), soonTasks.get(1).toDraft().withStatus(LogisticsStatus.CANCELLED));

        List<LogisticsLine> overdue = logistics.overdue(TestDatabase.TODAY);

        // Of 2026's six (due 13 Jun, 11 Oct, 26 Oct, 10 Nov, 30 Nov, 3 Dec): the first done, the second cancelled,
        // the last two not yet due.
        assertThat(overdue).extracting(line -> line.task().title()).containsExactly(soonTasks.get(2).title(),
                soonTasks.get(3).title());
        assertThat(overdue).allSatisfy(line -> assertThat(line.conference().year()).isEqualTo(2026));
        assertThat(logistics.ofConference(next.id(), null)).noneMatch(task -> task.isOverdueOn(TestDatabase.TODAY));
        LogisticsSummary summary = logistics.summary(soon.id(), TestDatabase.TODAY);
        assertThat(summary.total()).isEqualTo(6);
        assertThat(summary.count(LogisticsStatus.DONE)).isEqualTo(1);
        assertThat(summary.count(LogisticsStatus.CANCELLED)).isEqualTo(1);
        assertThat(summary.count(LogisticsStatus.OPEN)).isEqualTo(4);
        assertThat(summary.overdue()).isEqualTo(2);
    }

    @Test
    void deletingAnEditionDeletesItsTasks() {
        Conference edition = edition(2027, FIRST_DAY, ConferenceStatus.PLANNING);

        conferences.delete(edition.id(), edition.version());

        assertThat(database.fetchValue("SELECT COUNT(*) FROM logistics_task", Integer.class)).isZero();
    }
}
