package org.octopusdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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
 * The donor report of one donor with 10,000 payments: its time (reading and building the model, then writing the
 * PDF), pages and peak heap, against the time PDFBox alone takes to write the same rows' text with the same embedded
 * font (one line a row, no layout), loaded both as PDFBox does by default and as the report does. Run it under
 * {@code MAVEN_OPTS=-Xmx256m} to hold it to a small heap.
 */
final class ReportBenchmark {

    private static final int CONTRIBUTIONS = 2_000;
    private static final int PAYMENTS_EACH = 5;
    private static final int RUNS = 5;

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
            List<Long> buildMillis = new ArrayList<>();
            List<Long> writeMillis = new ArrayList<>();
            List<Long> plainMillis = new ArrayList<>();
            List<Long> tunedMillis = new ArrayList<>();
            int pages = 0;
            long rows = 0;
            HeapWatch heap = new HeapWatch();
            for (int run = 0; run <= RUNS; run++) {
                long start = System.nanoTime();
                ReportDocument report = reports.donorReport(request, ReportProgress.NONE);
                long built = System.nanoTime();
                pages = reports.write(report, file, ReportProgress.NONE);
                long written = System.nanoTime();
                List<String> lines = tableLines(report);
                rows = lines.size();
                long plainStart = System.nanoTime();
                writePlain(lines, folder.resolve("plain.pdf"), true);
                long plainEnd = System.nanoTime();
                writePlain(lines, folder.resolve("tuned.pdf"), false);
                long tunedEnd = System.nanoTime();
                if (run > 0) {
                    // The first run warms the JIT and the database's cache: not counted.
                    buildMillis.add((built - start) / 1_000_000);
                    writeMillis.add((written - built) / 1_000_000);
                    plainMillis.add((plainEnd - plainStart) / 1_000_000);
                    tunedMillis.add((tunedEnd - plainEnd) / 1_000_000);
                }
            }
            long peakHeap = heap.stop();
            long build = median(buildMillis);
            long write = median(writeMillis);
            long plain = median(plainMillis);
            long tuned = median(tunedMillis);
            out.printf("Donor report, one donor with %,d contributions and %,d payments: %d pages, %,d KB; "
                    + "medians of %d runs: reading and building %d ms, writing %d ms, in all %d ms%n", CONTRIBUTIONS,
                    (long) CONTRIBUTIONS * PAYMENTS_EACH, pages, Files.size(file) / 1024, RUNS, build, write,
                    build + write);
            out.printf("PDFBox alone writing the same %,d table rows, one line each, with the same font: %d ms "
                    + "as PDFBox loads it (glyph substitutions on): the report takes %.2fx that; %d ms with "
                    + "substitutions off, as the report loads it: the report's writing takes %.2fx that%n", rows, plain,
                    (double) (build + write) / plain, tuned, (double) write / tuned);
            out.printf("Peak heap in use during the runs (sampled every 5 ms): %,d MB (maximum heap %,d MB)%n",
                    peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
    }

    private static long median(List<Long> millis) {
        List<Long> sorted = new ArrayList<>(millis);
        sorted.sort(Comparator.naturalOrder());
        return sorted.get(sorted.size() / 2);
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

    /** @param substitutions whether the font is loaded as PDFBox does by default, with glyph substitutions */
    private static void writePlain(List<String> lines, Path file, boolean substitutions) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream fontFile = ReportBenchmark.class.getResourceAsStream(
                        "/org/octopusdesk/report/fonts/DejaVuSansCondensed.ttf")) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontFile));
            ttf.setEnableGsub(substitutions);
            document.registerTrueTypeFontForClosing(ttf);
            PDType0Font font = PDType0Font.load(document, ttf, true);
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

    /** The most heap in use, sampled on a thread of its own while the runs go on. */
    private static final class HeapWatch {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final Thread sampler;
        private volatile boolean running = true;

        HeapWatch() {
            sampler = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (running) {
                    peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            sampler.setDaemon(true);
            sampler.start();
        }

        long stop() {
            running = false;
            try {
                sampler.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return peak.get();
        }
    }
}
