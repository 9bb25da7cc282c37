package org.octopusdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.AgendaItemDraft;
import org.octopusdesk.domain.meeting.FollowUpAction;
import org.octopusdesk.domain.meeting.FollowUpDraft;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;

/** Follow-up actions and the dashboard's glance at the meetings, on real H2 with the real migrations. */
class FollowUpServiceTest {

    private static final LocalDate TODAY = TestDatabase.TODAY;

    @TempDir
    Path folder;
    private TestDatabase database;
    private FollowUpService followUps;
    private Meeting past;
    private Meeting next;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        followUps = database.followUps();
        MeetingService meetings = database.meetings();
        var plenary = meetings.seriesNamed("Plenary").id();
        past = meetings.create(new MeetingDraft(plenary, 23, LocalDate.of(2020, 11, 30), LocalDate.of(2020, 11, 30),
                MeetingFormat.ONLINE, "", ""));
        next = meetings.create(new MeetingDraft(plenary, 35, TODAY.plusDays(20), TODAY.plusDays(22),
                MeetingFormat.IN_PERSON, "Strasbourg", ""));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static FollowUpDraft action(String text, String owner, LocalDate deadline) {
        return new FollowUpDraft(null, text, owner, deadline, ActionStatus.OPEN);
    }

    @Test
    void overdueAreTheOpenActionsPastTheirDeadlineAndTheNextMeetingsStartTodayOrLater() {
        FollowUpAction late = followUps.create(past.id(), action("Circulate the draft", "Secretariat",
                TODAY.minusDays(1)));
        followUps.create(past.id(), action("Due today: not late yet", "Bureau", TODAY));
        FollowUpAction done = followUps.create(past.id(), action("Already done", "Bureau", TODAY.minusDays(30)));
        followUps.markDone(done.id());
        var plenary = database.meetings().seriesNamed("Plenary").id();
        Meeting today = database.meetings().create(new MeetingDraft(plenary, 34, TODAY, TODAY,
                MeetingFormat.HYBRID, "", ""));

        MeetingsGlance glance = followUps.glance(TODAY, 3);

        assertThat(glance.overdue()).extracting(line -> line.action().text()).containsExactly("Circulate the draft");
        assertThat(glance.overdue().get(0).meeting().shortTitle()).isEqualTo("T-CY 23");
        assertThat(glance.overdue().get(0).action().id()).isEqualTo(late.id());
        assertThat(glance.next()).extracting(Meeting::shortTitle).containsExactly(today.shortTitle(),
                next.shortTitle());
        assertThat(followUps.glance(TODAY, 1).next()).hasSize(1);
    }

    @Test
    void markDoneKeepsTheRestAndTheListFiltersByStatusAndOwnerInAnyCase() {
        FollowUpAction first = followUps.create(past.id(), action("Publish the report", "Secretariat",
                LocalDate.of(2021, 1, 15)));
        followUps.create(next.id(), action("Prepare the agenda", "Bureau", TODAY.plusDays(10)));

        FollowUpAction marked = followUps.markDone(first.id());

        assertThat(marked.status()).isEqualTo(ActionStatus.DONE);
        assertThat(marked.text()).isEqualTo("Publish the report");
        assertThat(marked.deadline()).isEqualTo(LocalDate.of(2021, 1, 15));
        assertThat(followUps.list(ActionStatus.OPEN, null)).extracting(line -> line.action().text())
                .containsExactly("Prepare the agenda");
        assertThat(followUps.list(null, "secretariat")).extracting(line -> line.meeting().shortTitle())
                .containsExactly("T-CY 23");
        assertThat(followUps.list(null, null)).hasSize(2);
        assertThat(followUps.owners()).containsExactly("Bureau", "Secretariat");
    }

    @Test
    void refusesAnEmptyActionAndAnItemOfAnotherMeeting() {
        AgendaItem otherItem = database.meetings().agenda().addItem(next.id(), new AgendaItemDraft("Opening", ""));

        assertThatThrownBy(() -> followUps.create(past.id(), new FollowUpDraft(null, " ", "", null, ActionStatus.OPEN)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::field).containsExactlyInAnyOrder(FollowUpDraft.TEXT,
                                FollowUpDraft.OWNER, FollowUpDraft.DEADLINE));
        assertThatThrownBy(() -> followUps.create(past.id(), new FollowUpDraft(otherItem.id(), "Act", "Bureau",
                TODAY, ActionStatus.OPEN)))
                .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                        .extracting(FieldError::messageKey)
                        .containsExactly("validation.followUp.itemOfAnotherMeeting"));
        assertThat(followUps.ofMeeting(past.id())).isEmpty();
    }

    @Test
    void anActionKeepsItsMeetingsItemUntilTheItemIsDeletedAndIsAudited() {
        AgendaItem item = database.meetings().agenda().addItem(past.id(), new AgendaItemDraft("Protocol", ""));
        FollowUpAction action = followUps.create(past.id(), new FollowUpDraft(item.id(), "Consult the Parties",
                "Secretariat", TODAY, ActionStatus.OPEN));
        assertThat(action.agendaItem()).isEqualTo(item.id());

        database.meetings().agenda().deleteItem(item.id());
        assertThat(followUps.ofMeeting(past.id())).singleElement()
                .satisfies(kept -> assertThat(kept.agendaItem()).isNull());

        followUps.delete(action.id());
        assertThat(followUps.ofMeeting(past.id())).isEmpty();
        assertThat(database.audit().latest(FollowUpService.AUDIT_TYPE, null, 50))
                .extracting(row -> row.entry().action().name()).containsExactly("DELETE", "CREATE");
        assertThat(database.audit().latest(FollowUpService.AUDIT_TYPE, "T-CY 23 #" + action.id(), 50)).hasSize(2);
    }
}
