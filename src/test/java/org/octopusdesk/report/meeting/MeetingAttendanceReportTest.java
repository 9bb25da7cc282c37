package org.octopusdesk.report.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.country.DepositKind;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TcyStatus;
import org.octopusdesk.domain.country.TcyStatusEntry;
import org.octopusdesk.domain.country.TreatyRecord;
import org.octopusdesk.domain.meeting.Delegate;
import org.octopusdesk.domain.meeting.DelegationDraft;
import org.octopusdesk.domain.meeting.DocumentKind;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;

/** The meeting report's attendance and documents, written to PDF and read back in both languages. */
class MeetingAttendanceReportTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 12, 7);

    @TempDir
    Path folder;
    private TestDatabase database;
    private Reports reports;

    @BeforeEach
    void open() {
        // A week after the meeting: names are still kept (for two years).
        database = new TestDatabase(folder.resolve("data"), TODAY);
        var plenary = database.meetings().seriesNamed("Plenary");
        var meeting = database.meetings().create(new MeetingDraft(plenary.id(), 23, LocalDate.of(2020, 11, 30),
                LocalDate.of(2020, 11, 30), MeetingFormat.ONLINE, "", ""));
        database.treaties().save(new TreatyRecord("RO", Instrument.ETS185, LocalDate.of(2001, 11, 23),
                LocalDate.of(2004, 5, 12), DepositKind.RATIFICATION, null, "", Set.of(), "", ""));
        database.treaties().save(new TreatyRecord("FR", Instrument.ETS185, LocalDate.of(2001, 11, 23),
                LocalDate.of(2006, 1, 10), DepositKind.RATIFICATION, null, "", Set.of(), "", ""));
        database.treaties().recordStatus(new TcyStatusEntry("NG", TcyStatus.AD_HOC_OBSERVER,
                LocalDate.of(2019, 1, 1), ""));
        var attendance = database.attendance();
        attendance.add(meeting.id(), new DelegationDraft("RO", null, 4, Delegate.parseLines("Jane Doe, Chair")));
        attendance.add(meeting.id(), new DelegationDraft("FR", null, 2, List.of()));
        attendance.add(meeting.id(), new DelegationDraft("NG", null, 1, List.of()));
        attendance.add(meeting.id(), new DelegationDraft(null, "European Union", 3, List.of()));
        database.meetingDocuments().create(meeting.id(), new MeetingDocumentDraft("T-CY(2020)33",
                "Meeting report", "Rapport de réunion", DocumentKind.MEETING_REPORT, LocalDate.of(2020, 12, 1),
                null, false));
        reports = Reports.of(database.asWorkspace(), java.time.Clock.fixed(
                TODAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC), java.time.ZoneOffset.UTC),
                "test");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void statesTheHeadcountEachDelegationsStatusAndTheDocumentsButNoName() throws Exception {
        Path pdf = folder.resolve("en.pdf");
        reports.write(reports.meetingReport("T-CY 23", "en"), pdf, ReportProgress.NONE);

        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains(
                "10 representatives of 3 Parties and ad hoc Observer States, and 1 organisation.",
                "Romania Party 4", "Nigeria Ad hoc observer 1", "European Union Organisation 3",
                "T-CY(2020)33 Meeting report Meeting report 01/12/2020");
        assertThat(text).doesNotContain("Jane Doe");
        assertThat(text.indexOf("Attendance")).isLessThan(text.indexOf("Agenda and decisions"));
        PdfChecks.assertPdfA(pdf);
    }

    @Test
    void inFrenchTheSentenceAndTitlesAreFrench() throws Exception {
        Path pdf = folder.resolve("fr.pdf");
        reports.write(reports.meetingReport("T-CY 23", "fr"), pdf, ReportProgress.NONE);

        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " ")).contains(
                "10 représentants de 3 Parties et États observateurs ad hoc, et de 1 organisation.",
                "Roumanie Partie 4", "Rapport de réunion");
    }
}
