package org.octopusdesk.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.report.ReportCancelledException;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportFileException;
import org.octopusdesk.report.ReportFiles;
import org.octopusdesk.report.ReportProgress;

class PdfReportWriterTest {

    private static final String NAMES = "Türkiye, Côte d'Ivoire, Ministerstwo Cyfryzacji – Łódź, România";

    @TempDir
    Path folder;

    private final PdfReportWriter writer = new PdfReportWriter("test");

    @Test
    void aLongTableRunsOverPagesWithItsHeaderOnEachAndEveryPageNumbered() throws Exception {
        Path file = folder.resolve("long.pdf");
        int pages = ReportFiles.writeAtomically(file, out -> writer.write(document(400), out, ReportProgress.NONE));

        List<String> text = PdfChecks.pages(file);
        assertThat(text).hasSize(pages).hasSizeGreaterThan(5);
        PdfChecks.assertPageNumbers(text, "Page {0} of {1}");
        int firstTablePage = indexOfPageWith(text, "Row 0001");
        for (int page = firstTablePage; page < text.size(); page++) {
            if (text.get(page).contains("Row ")) {
                assertThat(text.get(page)).as("page " + (page + 1)).contains("Reference", "Amount in euros");
            }
        }
        assertThat(text.get(firstTablePage + 1)).contains("Payments (continued)");
        assertThat(String.join("", text)).contains("Row 0400", NAMES, "EUR 161\u00a0051,34");
    }

    @Test
    void isPdfAOneB() throws Exception {
        Path file = folder.resolve("archive.pdf");
        ReportFiles.writeAtomically(file, out -> writer.write(document(120), out, ReportProgress.NONE));
        PdfChecks.assertPdfA(file);
    }

    @Test
    void longWordsWrapInsteadOfLeavingThePage() throws Exception {
        String url = "https://www.coe.int/en/web/cybercrime/" + "very-long-path-segment-".repeat(20) + "end";
        ReportDocument report = new ReportDocument("Notes", "Wrapping", "en", List.of(),
                List.of(Block.Paragraph.note(url)), labels(), Instant.parse("2026-12-01T10:00:00Z"),
                LocalDate.of(2026, 11, 30));
        Path file = folder.resolve("wrap.pdf");
        ReportFiles.writeAtomically(file, out -> writer.write(report, out, ReportProgress.NONE));

        String text = PdfChecks.text(file).replace("\n", "").replace("\r", "");
        assertThat(text).contains(url);
    }

    @Test
    void aCancelledReportLeavesNoFile() {
        Path file = folder.resolve("cancelled.pdf");
        ReportProgress cancelling = new ReportProgress() {
            private int asked;

            @Override
            public void progress(long done, long total) {
                // not watched
            }

            @Override
            public boolean cancelled() {
                return ++asked > 30;
            }
        };
        assertThatThrownBy(() -> ReportFiles.writeAtomically(file, out -> writer.write(document(200), out,
                cancelling))).isInstanceOf(ReportCancelledException.class);
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void aMissingFolderIsSaidPlainly() {
        assertThatThrownBy(() -> ReportFiles.writeAtomically(folder.resolve("nowhere/report.pdf"),
                out -> writer.write(document(1), out, ReportProgress.NONE)))
                .isInstanceOf(ReportFileException.class)
                .hasMessage("report.error.noFolder");
    }

    @Test
    void chineseJapaneseAndKoreanPrintInTheFallbackFontAndOnlyWhatNoFontHasIsAQuestionMark() throws Exception {
        ReportDocument report = new ReportDocument("日本 report", "Japan", "en", List.of(),
                List.of(Block.Paragraph.normal("Embassy of Japan 日本国大使館, Li Wei 李伟, 한국어 ok \uD83D\uDE80!"),
                        new Block.Table("Participants", List.of(Block.Column.text("Name", 2),
                                Block.Column.text("Country", 1)), List.of(
                                Block.Row.of("李伟", "China"), Block.Row.of("Kim 김민수", "Korea")))),
                labels(), Instant.parse("2026-12-01T10:00:00Z"), LocalDate.of(2026, 11, 30));
        Path file = folder.resolve("cjk.pdf");
        ReportFiles.writeAtomically(file, out -> writer.write(report, out, ReportProgress.NONE));

        assertThat(PdfChecks.text(file)).contains("Embassy of Japan 日本国大使館, Li Wei 李伟, 한국어 ok ?!", "Kim 김민수")
                .as("an emoji is in no font").doesNotContain("\uD83D\uDE80");
        PdfChecks.assertPdfA(file);
    }

    @Test
    void theFallbackFontIsNeitherLoadedNorEmbeddedWhenNoTextNeedsIt() throws Exception {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = new ReportFonts(document);
            assertThat(fonts.printable("Türkiye, Łódź")).isEqualTo("Türkiye, Łódź");
            assertThat(fonts.missing()).isEmpty();
            assertThat(fonts.printable("Li 李 \uD83D\uDE80")).isEqualTo("Li 李 ?");
            assertThat(fonts.missing()).containsExactly(0x1F680);
            assertThat(ReportFonts.width(fonts.regular, 10, "李")).as("measured in the fallback font").isEqualTo(10);
        }
        Path file = folder.resolve("latin.pdf");
        ReportFiles.writeAtomically(file, out -> writer.write(document(3), out, ReportProgress.NONE));
        try (PDDocument written = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            List<String> embedded = new ArrayList<>();
            for (var page : written.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    embedded.add(page.getResources().getFont(name).getName());
                }
            }
            assertThat(embedded).isNotEmpty().allMatch(name -> name.contains("DejaVuSansCondensed"));
        }
    }

    private static int indexOfPageWith(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " is on no page");
    }

    static ReportDocument document(int rows) {
        List<Block.Row> lines = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            lines.add(Block.Row.of(String.format("Row %04d", i), i % 7 == 0 ? NAMES + " " + NAMES : "Canada",
                    "EUR 161\u00a0051,34"));
        }
        List<Block> blocks = List.of(
                new Block.Heading("Contributions", 1),
                Block.Paragraph.normal(NAMES),
                new Block.Fields(List.of(new ReportDocument.CoverField("Donor", NAMES))),
                new Block.BarChart("Receipts by year", List.of("2020", "2021", "2022"),
                        List.of(new Block.Series("Canada", List.of(new BigDecimal("161051.34"), BigDecimal.ZERO,
                                new BigDecimal("50000"))), new Block.Series("Łódź", List.of(BigDecimal.TEN,
                                new BigDecimal("20000"), BigDecimal.ZERO))), value -> value.toPlainString()),
                new Block.Table("Payments", List.of(Block.Column.text("Reference", 1), Block.Column.text("Donor", 3),
                        Block.Column.amount("Amount in euros", 1.4f)), lines));
        return new ReportDocument("Donor report", NAMES, "en",
                List.of(new ReportDocument.CoverField("Period", "01/01/2020 – 31/12/2024")), blocks, labels(),
                Instant.parse("2026-12-01T10:00:00Z"), LocalDate.of(2026, 11, 30));
    }

    private static ReportDocument.PageLabels labels() {
        return new ReportDocument.PageLabels("Page {0} of {1}", "Generated on 01/12/2026 11:00 from data as of "
                + "30/11/2026", "(continued)", "T-CY secretariat");
    }
}
