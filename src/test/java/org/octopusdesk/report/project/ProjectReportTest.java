package org.octopusdesk.report.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;
import org.octopusdesk.report.TotalsCheck;

/** The project report on the sample: dates, amendment, funding, money against time, activities; PDF/A in FR. */
class ProjectReportTest {

    @TempDir
    Path folder;

    @Test
    void theOctopusProjectReportAddsUpAndIsArchival() throws Exception {
        try (TestDatabase database = TestDatabase.withRates(folder.resolve("data"))) {
            database.sampleData().load();
            Reports reports = Reports.of(database.asWorkspace(),
                    Clock.fixed(TestDatabase.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "t");
            LocalDate from = LocalDate.of(2021, 1, 1);
            LocalDate to = LocalDate.of(2024, 12, 31);
            ReportDocument english = reports.projectReport(new ProjectReportRequest(
                    reports.projectCoded("octopus").id(), from, to, to, "en"), ReportProgress.NONE);
            Path file = folder.resolve("octopus.pdf");
            reports.write(english, file, ReportProgress.NONE);

            List<String> pages = PdfChecks.pages(file);
            PdfChecks.assertPageNumbers(pages, "Page {0} of {1}");
            String text = String.join("\n", pages).replaceAll("\\s+", " ");
            assertThat(text).contains("Project report", "OCTOPUS – Octopus Project", "Money against time",
                    "United States of America (INL)", "Activities from 01/01/2021 to 31/12/2024",
                    "Canada, CA-2020-1", "Received by year against the budget");
            assertThat(TotalsCheck.assertTotalsAddUp(english)).isGreaterThanOrEqualTo(2);
            PdfChecks.assertPdfA(file);

            ReportDocument french = reports.projectReport(new ProjectReportRequest(
                    reports.projectCoded("C@O").id(), LocalDate.of(2014, 1, 1), LocalDate.of(2020, 12, 31),
                    LocalDate.of(2020, 12, 31), "fr"), ReportProgress.NONE);
            Path frenchFile = folder.resolve("cao.pdf");
            reports.write(french, frenchFile, ReportProgress.NONE);
            String frenchText = PdfChecks.text(frenchFile).replaceAll("\\s+", " ");
            assertThat(frenchText).contains("Rapport de projet", "Modifications de la date de fin", "Page 1 sur");
        }
    }
}
