package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.meeting.ActionStatus;
import org.octopusdesk.domain.meeting.FollowUpDraft;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;

/** `report meeting` prints the meeting's follow-up actions, read back from the PDF, in both languages. */
class FollowUpReportCommandTest {

    @TempDir
    Path folder;
    private final TestCommandLine cli = new TestCommandLine();

    @Test
    void theMeetingReportListsItsFollowUpActionsWithOwnerDeadlineAndStatus() throws Exception {
        Path data = folder.resolve("data");
        try (TestDatabase database = new TestDatabase(data)) {
            var meetings = database.meetings();
            var meeting = meetings.create(new MeetingDraft(meetings.seriesNamed("Plenary").id(), 23,
                    LocalDate.of(2020, 11, 30), LocalDate.of(2020, 11, 30), MeetingFormat.ONLINE, "", ""));
            database.followUps().create(meeting.id(), new FollowUpDraft(null, "Circulate the draft Protocol",
                    "Secretariat", LocalDate.of(2021, 1, 15), ActionStatus.OPEN));
            var done = database.followUps().create(meeting.id(), new FollowUpDraft(null,
                    "Convene the 8th Protocol Drafting Plenary", "Bureau", LocalDate.of(2021, 2, 1),
                    ActionStatus.OPEN));
            database.followUps().markDone(done.id());
        }
        Path english = folder.resolve("en.pdf");
        assertThat(cli.runIn(data, "report", "meeting", "--meeting", "T-CY 23", "--out", english.toString()))
                .isZero();
        String text = PdfChecks.text(english).replaceAll("\\s+", " ");
        assertThat(text).contains("Follow-up actions", "Circulate the draft Protocol Secretariat 15/01/2021 Open",
                "Convene the 8th Protocol Drafting Plenary Bureau 01/02/2021 Done");
        PdfChecks.assertPdfA(english);

        Path french = folder.resolve("fr.pdf");
        assertThat(cli.runIn(data, "--lang", "fr", "report", "meeting", "--meeting", "T-CY 23", "--out",
                french.toString())).isZero();
        assertThat(PdfChecks.text(french).replaceAll("\\s+", " ")).contains("Actions de suivi",
                "Secretariat 15/01/2021 Ouverte", "Bureau 01/02/2021 Faite");
    }

    @Test
    void aMeetingWithoutActionsSaysSo() throws Exception {
        Path data = folder.resolve("data");
        try (TestDatabase database = new TestDatabase(data)) {
            var meetings = database.meetings();
            meetings.create(new MeetingDraft(meetings.seriesNamed("Plenary").id(), 24, LocalDate.of(2021, 5, 28),
                    LocalDate.of(2021, 5, 28), MeetingFormat.ONLINE, "", ""));
        }
        Path pdf = folder.resolve("t-cy-24.pdf");
        assertThat(cli.runIn(data, "report", "meeting", "--meeting", "T-CY 24", "--out", pdf.toString())).isZero();
        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " "))
                .contains("No follow-up action is recorded for this meeting.");
    }
}
