package org.octopusdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.persistence.BulkContributions;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;
import org.octopusdesk.report.donor.DonorReportRequest;

/**
 * The donor report of one donor with 10,000 payments: its time, pages and peak heap, against the time PDFBox alone
 * takes to write the same rows' text with the same embedded font (one line a row, no layout). Run it under
 * {@code MAVEN_OPTS=-Xmx256m} to hold it to a small heap.
 */
final class ReportBenchmark {

    private static final int CONTRIBUTIONS = 2_000;
    private static final int PAYMENTS_EACH = 5;
    private static final int RUNS = 3;

    private ReportBenchmark() {
    }

    static void run(PrintStream out) throws IOException {
        Path folder = Files.createTempDirectory("octopus-bench-report");
        try (TestDatabase database = TestDatabase.withRates(folder.resolve("data"))) {
            BulkContributions.generate(database, 1, 5, CONTRIBUTIONS, PAYMENTS_EACH);
            Donor donor = database.donors().list().get(0);
            Reports reports = Reports.of(database.asWorkspace(), Clock.systemDefaultZone(), "benchmark");
            DonorReportRequest request = new DonorReportRequest(donor.id(), null, LocalDate.of(1999, 1, 1),
                    LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 28), "en");
            Path file = folder.resolve("donor.pdf");
            List<Long> reportMillis = new ArrayList<>();
            List<Long> baselineMillis = new ArrayList<>();
            int pages = 0;
            long rows = 0;
            resetPeaks();
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                ReportDocument report = reports.donorReport(request, ReportProgress.NONE);
                pages = reports.write(report, file, ReportProgress.NONE);
                reportMillis.add((System.nanoTime() - start) / 1_000_000);
                List<String> lines = tableLines(report);
                rows = lines.size();
                start = System.nanoTime();
                writePlain(lines, folder.resolve("plain.pdf"));
                baselineMillis.add((System.nanoTime() - start) / 1_000_000);
            }
            long peakHeap = peakHeapBytes();
            reportMillis.sort(Comparator.naturalOrder());
            baselineMillis.sort(Comparator.naturalOrder());
            long report = reportMillis.get(RUNS / 2);
            long baseline = baselineMillis.get(RUNS / 2);
            out.printf("Donor report, one donor with %,d contributions and %,d payments: median %d ms (runs %s), "
                    + "%d pages, %,d KB%n", CONTRIBUTIONS, (long) CONTRIBUTIONS * PAYMENTS_EACH, report, reportMillis,
                    pages, Files.size(file) / 1024);
            out.printf("PDFBox alone writing the same %,d table rows with the same font: median %d ms (runs %s); "
                    + "the report takes %.2fx that%n", rows, baseline, baselineMillis, (double) report / baseline);
            out.printf("Peak heap during the report runs: %,d MB (maximum heap %,d MB)%n", peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    /** Every table row of the report as one line of text, as the baseline prints it. */
    private static List<String> tableLines(ReportDocument report) {
        List<String> lines = new ArrayList<>();
        for (Block block : report.blocks()) {
            if (block instanceof Block.Table table) {
                for (Block.Row row : table.rows()) {
                    lines.add(String.join("  ", row.cells()).replace('\n', ' '));
                }
            }
        }
        return lines;
    }

    private static void writePlain(List<String> lines, Path file) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream fontFile = ReportBenchmark.class.getResourceAsStream(
                        "/org/octopusdesk/report/fonts/DejaVuSansCondensed.ttf")) {
            PDType0Font font = PDType0Font.load(document, fontFile, true);
            PDPageContentStream stream = null;
            float y = 0;
            for (String line : lines) {
                if (stream == null || y < 60) {
                    if (stream != null) {
                        stream.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    document.addPage(page);
                    stream = new PDPageContentStream(document, page);
                    y = 780;
                }
                stream.beginText();
                stream.setFont(font, 8.5f);
                stream.newLineAtOffset(56, y);
                stream.showText(line);
                stream.endText();
                y -= 14;
            }
            if (stream != null) {
                stream.close();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                document.save(out, CompressParameters.NO_COMPRESSION);
            }
        }
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
