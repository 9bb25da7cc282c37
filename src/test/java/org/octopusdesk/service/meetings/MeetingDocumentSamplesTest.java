package org.octopusdesk.service.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.meeting.DocumentKind;
import org.octopusdesk.persistence.TestDatabase;

/** The sample's documents: only the symbols the reference file's notes give, under their meeting; no attendance. */
class MeetingDocumentSamplesTest {

    @TempDir
    Path folder;

    @Test
    void theSymbolsOfTheNotesUnderTheirMeetingsAndNoAttendance() {
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            database.sampleData().load();
            MeetingService meetings = database.meetings();

            var twentyThird = meetings.byShortTitle("T-CY 23");
            assertThat(database.meetingDocuments().documents(twentyThird.id())).singleElement().satisfies(report -> {
                assertThat(report.symbol().text()).isEqualTo("T-CY(2020)33");
                assertThat(report.kind()).isEqualTo(DocumentKind.MEETING_REPORT);
                assertThat(report.title(Locale.FRENCH)).isEqualTo("Rapport de réunion");
                assertThat(report.date()).isNull();
                assertThat(report.hasFile()).isFalse();
            });
            assertThat(database.meetingDocuments().documents(meetings.byShortTitle("T-CY 8").id()))
                    .extracting(document -> document.symbol().text(), document -> document.kind())
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("T-CY(2012)20", DocumentKind.AGENDA),
                            org.assertj.core.groups.Tuple.tuple("T-CY(2012)26", DocumentKind.MEETING_REPORT));
            assertThat(database.meetingDocuments().proposedSymbol(2024).text()).isEqualTo("T-CY(2024)13");
            assertThat(meetings.list(MeetingFilter.all()).stream().mapToInt(meeting ->
                    database.meetingDocuments().documents(meeting.id()).size()).sum()).isEqualTo(16);
            assertThat(meetings.list(MeetingFilter.all())).allSatisfy(meeting ->
                    assertThat(database.attendance().attendance(meeting.id()).isEmpty()).isTrue());
        }
    }
}
