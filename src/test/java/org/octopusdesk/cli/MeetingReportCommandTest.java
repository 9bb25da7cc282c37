package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.meeting.DelegationDraft;
import org.octopusdesk.domain.meeting.DocumentKind;
import org.octopusdesk.domain.meeting.MeetingDocumentDraft;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.service.Workspace;
import picocli.CommandLine;

/** {@code report meeting} prints the attendance sentence and the documents of the meeting recorded. */
class MeetingReportCommandTest {

    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private final Environment environment = new Environment() {
        @Override
        public Workspace open(Path dataFolder) {
            return new TestDatabase(dataFolder).asWorkspace();
        }

        @Override
        public org.octopusdesk.service.transfer.DatabaseCopy databaseCopy() {
            return new org.octopusdesk.persistence.JooqDatabaseCopy();
        }

        @Override
        public Workspace open(Path dataFolder, org.octopusdesk.service.ServerDatabase server) {
            return new TestDatabase(dataFolder, server).asWorkspace();
        }

        @Override
        public int openWindow(Path dataFolder, org.octopusdesk.service.ServerDatabase server, String language,
                boolean loadSample, boolean closeWhenReady) {
            return openWindow(dataFolder, language, loadSample, closeWhenReady);
        }

        @Override
        public int openWindow(Path dataFolder, String language, boolean loadSample, boolean closeWhenReady) {
            throw new AssertionError("no window here");
        }
    };

    @Test
    void theReportOfAMeetingWithDelegationsAndADocument() throws Exception {
        try (TestDatabase database = new TestDatabase(folder)) {
            var plenary = database.meetings().seriesNamed("Plenary");
            var meeting = database.meetings().create(new MeetingDraft(plenary.id(), 31, LocalDate.of(2024, 12, 11),
                    LocalDate.of(2024, 12, 12), MeetingFormat.IN_PERSON, "Strasbourg, France", ""));
            database.attendance().add(meeting.id(), new DelegationDraft("JP", null, 2, List.of()));
            database.attendance().add(meeting.id(), new DelegationDraft(null, "Council of Europe", 5, List.of()));
            database.meetingDocuments().create(meeting.id(), new MeetingDocumentDraft("T-CY(2024)12",
                    "Meeting report", "", DocumentKind.MEETING_REPORT, null, null, false));
        }
        Path pdf = folder.resolve("T-CY 31.pdf");
        CommandLine commandLine = OctopusDeskCommand.commandLine(environment, Map.of());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(commandLine.execute("--data-dir", folder.toString(), "report", "meeting", "--meeting", "T-CY 31",
                "--out", pdf.toString())).as(err.toString()).isZero();

        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " ")).contains(
                "7 representatives of 1 State and 1 organisation.", "Japan No status 2",
                "T-CY(2024)12 Meeting report");
    }
}
