package org.octopusdesk.report.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.country.AssistanceDraft;
import org.octopusdesk.domain.country.AssistanceKind;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;

/** Assistance logged for a project is among its report's activities in the period, and only in the period. */
class AssistanceInProjectReportTest {

    @TempDir
    Path folder;

    @Test
    void theProjectReportListsTheAssistanceOfItsPeriod() throws Exception {
        try (TestDatabase database = TestDatabase.withRates(folder.resolve("data"))) {
            database.sampleData().load();
            Reports reports = Reports.of(database.asWorkspace(),
                    Clock.fixed(TestDatabase.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "t");
            ProjectId octopus = reports.projectCoded("octopus").id();
            database.assistance().log(new AssistanceDraft("BJ", LocalDate.of(2024, 9, 10), LocalDate.of(2024, 9, 12),
                    AssistanceKind.WORKSHOP, octopus, "Workshop on the Second Protocol", "Draft law reviewed"));
            // Began before the period and ended in it: it took place in the period, in part.
            database.assistance().log(new AssistanceDraft("GH", LocalDate.of(2023, 12, 28),
                    LocalDate.of(2024, 1, 3), AssistanceKind.LEGISLATIVE_ADVICE, octopus, "Comments on the bill", ""));
            database.assistance().log(new AssistanceDraft("SN", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 2),
                    AssistanceKind.TRAINING, octopus, "Training of judges", ""));
            database.assistance().log(new AssistanceDraft("FJ", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1),
                    AssistanceKind.STUDY_VISIT, null, "Study visit without a project", ""));

            assertThat(database.assistance().activitiesIn(octopus, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31))).extracting(activity -> activity.details().countryCode())
                    .containsExactly("GH", "BJ");

            ReportDocument english = reports.projectReport(new ProjectReportRequest(octopus, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), "en"), ReportProgress.NONE);
            Path file = folder.resolve("octopus.pdf");
            reports.write(english, file, ReportProgress.NONE);
            String text = PdfChecks.text(file).replaceAll("\\s+", " ");
            assertThat(text).contains("Workshop", "Benin: Workshop on the Second Protocol", "Legislative advice",
                    "Ghana: Comments on the bill").doesNotContain("Training of judges")
                    .doesNotContain("Study visit without a project");

            ReportDocument french = reports.projectReport(new ProjectReportRequest(octopus, LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31), "fr"), ReportProgress.NONE);
            Path frenchFile = folder.resolve("octopus-fr.pdf");
            reports.write(french, frenchFile, ReportProgress.NONE);
            assertThat(PdfChecks.text(frenchFile).replaceAll("\\s+", " ")).contains("Bénin : Workshop on the Second");
        }
    }
}
