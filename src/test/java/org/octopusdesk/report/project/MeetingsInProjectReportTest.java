package org.octopusdesk.report.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;

/** The committee's meetings held in a project report's period are among its activities, and only those. */
class MeetingsInProjectReportTest {

    @TempDir
    Path folder;

    @Test
    void theProjectReportListsTheMeetingsHeldInItsPeriod() throws Exception {
        try (TestDatabase database = TestDatabase.withRates(folder.resolve("data"))) {
            database.sampleData().load();
            Reports reports = Reports.of(database.asWorkspace(),
                    Clock.fixed(TestDatabase.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "t");
            ProjectId octopus = reports.projectCoded("octopus").id();

            // The sample's plenaries of 2024: the 30th (18-20 June) and the 31st (11-12 December); the 32nd is 2025.
            Path file = folder.resolve("octopus.pdf");
            reports.write(reports.projectReport(new ProjectReportRequest(octopus, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 11), LocalDate.of(2024, 12, 11), "en"), ReportProgress.NONE), file,
                    ReportProgress.NONE);
            String text = PdfChecks.text(file).replaceAll("\\s+", " ");
            assertThat(text).contains("Committee meeting", "30th Plenary (T-CY 30), Strasbourg, France",
                    "31st Plenary (T-CY 31)").doesNotContain("T-CY 32").doesNotContain("T-CY 29)");

            Path french = folder.resolve("octopus-fr.pdf");
            reports.write(reports.projectReport(new ProjectReportRequest(octopus, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 6, 30), LocalDate.of(2024, 6, 30), "fr"), ReportProgress.NONE), french,
                    ReportProgress.NONE);
            assertThat(PdfChecks.text(french).replaceAll("\\s+", " ")).contains("Réunion du Comité",
                    "30e réunion plénière (T-CY 30)").doesNotContain("T-CY 31");
        }
    }
}
