package org.octopusdesk.report.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;
import org.octopusdesk.report.donor.DonorReportRequest;

class ScratchRender {
    @Test
    void render() throws Exception {
        Path dir = Files.createTempDirectory("scratch");
        try (TestDatabase db = TestDatabase.withRates(dir)) {
            db.sampleData().load();
            Reports reports = new Reports(db.contributions(), db.donors(), db.projects(), Clock.systemUTC(), "x");
            LocalDate from = LocalDate.of(2020, 1, 1);
            LocalDate to = LocalDate.of(2024, 12, 31);
            reports.write(reports.donorReport(new DonorReportRequest(reports.donorNamed("Canada").id(), null, from, to,
                    to, "en"), ReportProgress.NONE), Path.of("/tmp/canada.pdf"), ReportProgress.NONE);
            reports.write(reports.donorReport(new DonorReportRequest(null, null, from, to, to, "fr"),
                    ReportProgress.NONE), Path.of("/tmp/tous.pdf"), ReportProgress.NONE);
        }
    }
}
