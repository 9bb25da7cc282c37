package org.octopusdesk.report.donor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;
import org.octopusdesk.report.TotalsCheck;

/** The donor report on the sample data: the figures of the screens, in both languages, as an archival PDF. */
class DonorReportTest {

    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);

    @TempDir
    Path folder;

    private TestDatabase database;
    private Reports reports;

    @BeforeEach
    void loadSample() {
        database = TestDatabase.withRates(folder.resolve("data"));
        database.sampleData().load();
        reports = Reports.of(database.asWorkspace(),
                Clock.fixed(TestDatabase.TODAY.atTime(15, 30).toInstant(ZoneOffset.UTC), ZoneOffset.UTC), "test");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void canadaReportShowsThePaymentWithItsStoredConversion() throws Exception {
        Donor canada = reports.donorNamed("canada");
        ReportDocument report = reports.donorReport(request(canada, "en"), ReportProgress.NONE);
        Path file = folder.resolve("canada.pdf");
        int pages = reports.write(report, file, ReportProgress.NONE);

        List<String> text = PdfChecks.pages(file);
        assertThat(text).hasSize(pages);
        PdfChecks.assertPageNumbers(text, "Page {0} of {1}");
        String all = String.join("\n", text);
        assertThat(all).contains("Donor report", "Canada, 01/01/2020 – 31/12/2024", "CA-2020-1", "19/10/2020",
                "CAD 250,000.00", "1.5523", "161,051.34", "Source: ECB statistics.",
                "Split not public (C@O, OCTOPUS)", "Generated on 28/11/2026 at 15:30 from data as of 31/12/2024",
                "Since its first contribution on 19/10/2020, Canada has given EUR 161,051.34 in total");
        assertThat(all).as("the secretariat's notes, not asked for").doesNotContain("Illustrative",
                "Notes recorded with the contributions");
        assertThat(TotalsCheck.assertTotalsAddUp(report)).isGreaterThanOrEqualTo(4);
        PdfChecks.assertPdfA(file);
    }

    @Test
    void theNotesRecordedWithTheContributionsArePrintedWhenAsked() throws Exception {
        Donor canada = reports.donorNamed("canada");
        ReportDocument report = reports.donorReport(new DonorReportRequest(canada.id(), null, FROM, TO, TO, "en",
                true), ReportProgress.NONE);
        Path file = folder.resolve("canada-notes.pdf");
        reports.write(report, file, ReportProgress.NONE);

        assertThat(String.join("\n", PdfChecks.pages(file))).contains("Notes recorded with the contributions",
                "Illustrative: the value date and the bank credit are not public");
    }

    @Test
    void allDonorsInFrenchAddUpAndPrintFrenchNumbers() throws Exception {
        ReportDocument report = reports.donorReport(new DonorReportRequest(null, null, FROM, TO, TO, "fr"),
                ReportProgress.NONE);
        Path file = folder.resolve("tous.pdf");
        reports.write(report, file, ReportProgress.NONE);

        List<String> text = PdfChecks.pages(file);
        PdfChecks.assertPageNumbers(text, "Page {0} sur {1}");
        String all = String.join("\n", text);
        assertThat(all).contains("Rapport donateur", "Tous les donateurs", "161\u00a0051,34", "Synthèse",
                "Japan", "United States of America (INL)", "Source : statistiques de la BCE.");
        // Donors' names are data, in any language and with or without an article: the sentence names the donor.
        assertThat(all.replaceAll("\\s+", " ")).contains("le donateur «\u00a0Canada\u00a0» a versé");
        // The issuer at the top of each page and in the file's properties, in the report's language too.
        assertThat(text).allMatch(page -> page.contains("Secrétariat du T-CY"));
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Secrétariat du T-CY");
        }
        assertThat(TotalsCheck.assertTotalsAddUp(report)).isGreaterThanOrEqualTo(10);
        PdfChecks.assertPdfA(file);
    }

    @Test
    void anEmptyPeriodSaysSoInsteadOfFailing() throws Exception {
        ReportDocument report = reports.donorReport(new DonorReportRequest(reports.donorNamed("Canada").id(), null,
                LocalDate.of(2015, 1, 1), LocalDate.of(2015, 12, 31), LocalDate.of(2015, 12, 31), "en"),
                ReportProgress.NONE);
        Path file = folder.resolve("empty.pdf");
        reports.write(report, file, ReportProgress.NONE);

        assertThat(PdfChecks.text(file)).contains("No contributions in this period.", "Page 1 of 1");
    }

    @Test
    void aPledgeInACurrencyTheEcbNeverPublishedIsSaidNotEstimated() throws Exception {
        Donor senegal = database.donors().create(new DonorDraft("Sénégal – Ministère de la Justice",
                DonorKind.PUBLIC_BODY, "Senegal", ""));
        database.contributions().create(new ContributionDraft(senegal.id(), "SN-2024-1", LocalDate.of(2024, 3, 1),
                new BigDecimal("10000000"), "XOF", "", "", List.of()));
        ReportDocument report = reports.donorReport(request(senegal, "en"), ReportProgress.NONE);
        Path file = folder.resolve("xof.pdf");
        reports.write(report, file, ReportProgress.NONE);

        String text = PdfChecks.text(file).replaceAll("\\s+", " ");
        assertThat(text).doesNotContain("ECB statistics").contains("Sénégal – Ministère de la Justice",
                "XOF 10,000,000", "no ECB rate: not estimated",
                "No ECB rate for XOF up to 31/12/2024");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> new DonorReportRequest(null, null, TO, FROM, TO, "en"))
                .isInstanceOf(DomainException.class).hasMessage("report.error.fromAfterTo");
    }

    @Test
    void anUnknownDonorNamesTheClosestOnes() {
        assertThatThrownBy(() -> reports.donorNamed("Canda")).isInstanceOf(DomainException.class)
                .satisfies(failure -> assertThat(((DomainException) failure).arguments()).containsExactly("Canda",
                        "Canada"));
        assertThatThrownBy(() -> reports.projectCoded("OCTOPSU")).isInstanceOf(DomainException.class)
                .satisfies(failure -> assertThat(((DomainException) failure).arguments()).contains("OCTOPUS"));
    }

    private static DonorReportRequest request(Donor donor, String language) {
        return new DonorReportRequest(donor.id(), null, FROM, TO, TO, language);
    }
}
