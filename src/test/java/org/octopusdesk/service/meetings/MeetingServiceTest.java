package org.octopusdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.meeting.MeetingSeries;
import org.octopusdesk.domain.meeting.MeetingSeriesDraft;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ConcurrentEditException;

/** Meetings on real H2 with the real migrations. */
class MeetingServiceTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private MeetingService meetings;
    private MeetingSeries plenary;
    private MeetingSeries drafting;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
        meetings = database.meetings();
        plenary = meetings.seriesNamed("Plenary");
        drafting = meetings.seriesNamed("t-cy pdp");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private MeetingDraft draft(MeetingSeries series, Integer number, String start, String end) {
        return new MeetingDraft(series.id(), number, LocalDate.parse(start), LocalDate.parse(end),
                MeetingFormat.ONLINE, "", "");
    }

    @Test
    void theMigrationSeedsTheThreeSeriesOfTheTcy() {
        assertThat(meetings.series()).extracting(MeetingSeries::shortName)
                .containsExactly("T-CY", "T-CY Bureau", "T-CY PDP");
        assertThat(meetings.seriesNamed("réunion du bureau").nameEn()).isEqualTo("Bureau meeting");
        assertThatThrownBy(() -> meetings.seriesNamed("Assembly")).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("error.meeting.noSuchSeries"));
    }

    @Test
    void eachSeriesIsNumberedOnItsOwnAndTheNextNumberIsProposed() {
        assertThat(meetings.proposedNumber(plenary.id())).isEqualTo(1);
        meetings.create(draft(plenary, 23, "2020-11-30", "2020-11-30"));
        meetings.create(draft(plenary, 24, "2021-05-28", "2021-05-28"));
        meetings.create(draft(drafting, 8, "2021-02-26", "2021-02-26"));

        assertThat(meetings.proposedNumber(plenary.id())).isEqualTo(25);
        assertThat(meetings.proposedNumber(drafting.id())).isEqualTo(9);
        assertThat(meetings.proposedNumber(meetings.seriesNamed("T-CY Bureau").id())).isEqualTo(1);
    }

    @Test
    void aDuplicateNumberInASeriesIsRefusedNamingTheOtherMeeting() {
        meetings.create(draft(plenary, 23, "2020-11-30", "2020-11-30"));
        meetings.create(draft(drafting, 23, "2022-01-10", "2022-01-10"));

        assertThatThrownBy(() -> meetings.create(draft(plenary, 23, "2021-05-28", "2021-05-28")))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(FieldError.of(MeetingDraft.NUMBER, "validation.meeting.numberTaken",
                                "T-CY 23", "2020-11-30")));
    }

    @Test
    void anEndBeforeTheStartIsRefusedBesideTheEnd() {
        assertThatThrownBy(() -> meetings.create(draft(plenary, 30, "2024-06-20", "2024-06-18")))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(FieldError.of(MeetingDraft.END, "validation.meeting.endBeforeStart")));
        assertThat(meetings.list(MeetingFilter.all())).isEmpty();
    }

    @Test
    void listsTheLatestFirstFilteredBySeriesAndYearAndFindsTheShortForm() {
        meetings.create(draft(plenary, 23, "2020-11-30", "2020-11-30"));
        meetings.create(draft(plenary, 24, "2021-05-28", "2021-05-28"));
        meetings.create(draft(drafting, 8, "2021-02-26", "2021-02-26"));

        assertThat(meetings.list(MeetingFilter.all())).extracting(Meeting::shortTitle)
                .containsExactly("T-CY 24", "T-CY PDP 8", "T-CY 23");
        assertThat(meetings.list(new MeetingFilter(Optional.of(plenary.id()), Optional.of(2021))))
                .extracting(meeting -> meeting.title(Locale.FRENCH)).containsExactly("24e réunion plénière");
        assertThat(meetings.byShortTitle(" t-cy  23 ").number()).isEqualTo(23);
        assertThatThrownBy(() -> meetings.byShortTitle("T-CY 99")).isInstanceOf(DomainException.class);
    }

    @Test
    void everyChangeIsAuditedAndAStaleSaveRefused() {
        Meeting created = meetings.create(draft(plenary, 23, "2020-11-30", "2020-11-30"));
        meetings.update(created.id(), 0, new MeetingDraft(plenary.id(), 23, created.start(), created.end(),
                MeetingFormat.ONLINE, "", "report T-CY(2020)33"));

        assertThatThrownBy(() -> meetings.update(created.id(), 0, created.toDraft()))
                .isInstanceOf(ConcurrentEditException.class);
        meetings.delete(created.id(), 1);

        assertThat(meetings.history(created.id())).extracting(AuditEntry::action).containsExactly(
                AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE, AuditEntry.Action.DELETE);
        assertThat(meetings.history(created.id()).get(1).newValues()).contains("meeting.number: 23")
                .endsWith("meeting.note: report T-CY(2020)33");
    }

    @Test
    void addedSeriesAreNumberedOnTheirOwnAndNamesStayUnique() {
        MeetingSeries working = meetings.addSeries(new MeetingSeriesDraft("Working group meeting",
                "réunion du groupe de travail", true, "T-CY WG"));
        meetings.create(draft(working, 1, "2025-03-03", "2025-03-04"));

        assertThat(meetings.get(meetings.byShortTitle("T-CY WG 1").id()).title(Locale.FRENCH))
                .isEqualTo("1re réunion du groupe de travail");
        assertThatThrownBy(() -> meetings.addSeries(new MeetingSeriesDraft("Plenary", "autre", true, "X")))
                .isInstanceOfSatisfying(ValidationException.class, invalid -> assertThat(invalid.errors())
                        .containsExactly(FieldError.of(MeetingSeriesDraft.NAME_EN, "validation.meeting.seriesTaken",
                                "Plenary", "Plenary")));
    }
}
