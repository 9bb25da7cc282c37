package org.octopusdesk.report.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;

/** The treaty status report on the shipped chart, read back from the PDF in both languages. */
class TreatyReportTest {

    @TempDir
    Path folder;

    @Test
    void theConventionsChartCountsAndChangesOfAPeriod() throws Exception {
        try (TestDatabase database = new TestDatabase(folder.resolve("data"))) {
            try (var in = getClass().getResourceAsStream("/org/octopusdesk/sample/treaty_chart.csv")) {
                database.treaties().importText(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                        "chart.csv");
            }
            Reports reports = Reports.of(database.asWorkspace(),
                    Clock.fixed(TestDatabase.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "t");
            Path file = folder.resolve("ets185.pdf");
            reports.write(reports.treatyReport(new TreatyReportRequest(Instrument.ETS185, LocalDate.of(2024, 12, 31),
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "en")), file, ReportProgress.NONE);

            String text = PdfChecks.text(file).replaceAll("\\s+", " ");
            assertThat(text).contains("Treaty status report", "ETS 185 Convention on Cybercrime",
                    "Parties 24", "In force for 24", "Signatories not yet Parties 7",
                    "Chart as of 31/12/2024", "Albania 23/11/2001 20/06/2002 01/07/2004 A",
                    "Changes in the period 01/01/2024 – 31/12/2024",
                    "20/06/2024 Benin Accession", "01/10/2024 Benin Entry into force",
                    "01/10/2024 Curaçao Entry into force",
                    "29/07/2024 Côte d'Ivoire Accession")
                    .doesNotContain("Germany 23/11/2001 09/03/2009 Ratification");
            PdfChecks.assertPdfA(file);

            Path french = folder.resolve("ets185-fr.pdf");
            reports.write(reports.treatyReport(new TreatyReportRequest(Instrument.ETS185, LocalDate.of(2004, 12, 31),
                    null, null, "fr")), french, ReportProgress.NONE);
            String frenchText = PdfChecks.text(french).replaceAll("\\s+", " ");
            assertThat(frenchText).contains("Rapport sur l’état des traités", "Tableau au 31/12/2004",
                    "Parties 5", "En vigueur pour 5", "Allemagne 23/11/2001 —")
                    .doesNotContain("Bénin").doesNotContain("Changements de la période");
        }
    }

    @Test
    void refusesHalfAPeriod() {
        assertThatThrownBy(() -> new TreatyReportRequest(Instrument.ETS185, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 1, 1), null, "en")).isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("report.treaty.error.halfPeriod"));
    }
}
