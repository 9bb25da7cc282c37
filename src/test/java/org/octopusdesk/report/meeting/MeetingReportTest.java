package org.octopusdesk.report.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.meeting.AgendaItem;
import org.octopusdesk.domain.meeting.AgendaItemDraft;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;

/** The meeting report written to PDF and read back, in both languages. */
class MeetingReportTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private Reports reports;

    @BeforeEach
    void open() {
        database = new TestDatabase(folder.resolve("data"));
        var meetings = database.meetings();
        var plenary = meetings.seriesNamed("Plenary");
        var meeting = meetings.create(new MeetingDraft(plenary.id(), 23, LocalDate.of(2020, 11, 30),
                LocalDate.of(2020, 11, 30), MeetingFormat.ONLINE, "", "report T-CY(2020)33"));
        AgendaItem opening = meetings.agenda().addItem(meeting.id(), new AgendaItemDraft("Opening", ""));
        AgendaItem protocol = meetings.agenda().addItem(meeting.id(),
                new AgendaItemDraft("Draft Second Additional Protocol", "T-CY(2020)7"));
        meetings.agenda().addDecision(protocol.id(), "To continue the drafting in 2021.");
        meetings.agenda().addDecision(protocol.id(), "To hold a Protocol Drafting Plenary in February 2021.");
        assertThat(opening.number()).isEqualTo(1);
        reports = Reports.of(database.asWorkspace(), java.time.Clock.fixed(
                TestDatabase.TODAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC),
                "test");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theReportHasTheTitleDatesAndTheDecisionsUnderTheirItem() throws Exception {
        Path pdf = folder.resolve("T-CY 23.pdf");
        reports.write(reports.meetingReport("t-cy 23", "en"), pdf, ReportProgress.NONE);

        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Meeting report", "23rd Plenary (T-CY 23)", "30/11/2020", "Online",
                "2. Draft Second Additional Protocol", "Documents: T-CY(2020)7",
                "No decision recorded under this item.", "Note on the sources: report T-CY(2020)33");
        assertThat(text.indexOf("The T-CY decided: To continue the drafting in 2021."))
                .isGreaterThan(text.indexOf("2. Draft Second Additional Protocol"))
                .isLessThan(text.indexOf("The T-CY decided: To hold a Protocol Drafting Plenary"));
        PdfChecks.assertPdfA(pdf);
    }

    @Test
    void inFrenchTheTitleTakesTheFrenchOrdinal() throws Exception {
        Path pdf = folder.resolve("fr.pdf");
        reports.write(reports.meetingReport("T-CY 23", "fr"), pdf, ReportProgress.NONE);

        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " ")).contains("Rapport de réunion",
                "23e réunion plénière (T-CY 23)", "Le T-CY a décidé : To continue", "En ligne");
    }

    @Test
    void anUnknownMeetingIsRefusedByName() {
        assertThatThrownBy(() -> reports.meetingReport("T-CY 99", "en")).isInstanceOfSatisfying(
                DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo(
                        "error.meeting.noSuchMeeting"));
    }
}
