package org.octopusdesk.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.octopusdesk.report.Block;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportProgress;

/**
 * Prints a {@link ReportDocument} as an A4 PDF/A-1b: a cover block, then the body flowing over pages, then on every
 * page a running header (title and subject) and a footer ("Page 3 of 12"), added once the page count is known.
 */
public final class PdfReportWriter {

    private final String appVersion;

    public PdfReportWriter(String appVersion) {
        this.appVersion = appVersion;
    }

    /** Writes the report to {@code out} and answers its page count. */
    public int write(ReportDocument report, OutputStream out, ReportProgress progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = new ReportFonts(document);
            PageCanvas canvas = new PageCanvas(document, fonts);
            Work work = new Work(progress, countUnits(report.blocks()));
            new CoverDrawing(canvas, report).draw();
            for (Block block : report.blocks()) {
                progress.checkNotCancelled();
                draw(canvas, block, report.labels(), work);
                work.done();
            }
            canvas.closeStream();
            addFurniture(document, canvas.pages(), fonts, report);
            ArchivalMetadata.apply(document, report, appVersion);
            progress.checkNotCancelled();
            // No object streams: they are PDF 1.5, and PDF/A-1 is PDF 1.4.
            document.save(out, CompressParameters.NO_COMPRESSION);
            return canvas.pages().size();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void draw(PageCanvas canvas, Block block, ReportDocument.PageLabels labels, Work work) {
        if (block instanceof Block.Heading heading) {
            new ParagraphDrawing(canvas).heading(heading);
        } else if (block instanceof Block.Paragraph paragraph) {
            new ParagraphDrawing(canvas).paragraph(paragraph);
        } else if (block instanceof Block.Fields fields) {
            new ParagraphDrawing(canvas).fields(fields.fields());
        } else if (block instanceof Block.Table table) {
            new TableDrawing(canvas, table, labels.continued()).draw(work.progress, work::done);
        } else if (block instanceof Block.BarChart chart) {
            new BarChartDrawing(canvas, chart).draw();
        } else if (block instanceof Block.PageBreak) {
            canvas.newPage();
        } else {
            throw new IllegalArgumentException("no layout for " + block);
        }
    }

    private static long countUnits(List<Block> blocks) {
        long units = 0;
        for (Block block : blocks) {
            units += 1 + (block instanceof Block.Table table ? table.rows().size() : 0);
        }
        return units;
    }

    private static void addFurniture(PDDocument document, List<PDPage> pages, ReportFonts fonts,
            ReportDocument report) throws IOException {
        String header = fonts.printable(report.title() + " \u2014 " + report.subject());
        String generated = fonts.printable(report.labels().generated());
        String author = fonts.printable(report.labels().author());
        float left = PageCanvas.MARGIN_LEFT;
        float right = PageCanvas.A4.getWidth() - PageCanvas.MARGIN_RIGHT;
        float top = PageCanvas.A4.getHeight() - 38;
        float bottom = 36;
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream stream = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String page = fonts.printable(report.labels().page(i + 1, pages.size()));
                float pageWidth = ReportFonts.width(fonts.regular, Style.FURNITURE_SIZE, page);
                String headerText = fit(header, fonts, right - left);
                text(stream, fonts, Style.MUTED, left, top, headerText);
                text(stream, fonts, Style.MUTED, right - ReportFonts.width(fonts.regular, Style.FURNITURE_SIZE,
                        author), top - 10, author);
                rule(stream, left, top - 14, right);
                rule(stream, left, bottom + 12, right);
                text(stream, fonts, Style.MUTED, left, bottom, fit(generated, fonts, right - left - pageWidth - 20));
                text(stream, fonts, Style.TEXT, right - pageWidth, bottom, page);
            }
        }
    }

    /** Shortens a one-line text with an ellipsis when it is wider than the room it has. */
    private static String fit(String text, ReportFonts fonts, float width) {
        if (ReportFonts.width(fonts.regular, Style.FURNITURE_SIZE, text) <= width) {
            return text;
        }
        String shorter = text;
        while (shorter.length() > 1
                && ReportFonts.width(fonts.regular, Style.FURNITURE_SIZE, shorter + "\u2026") > width) {
            shorter = shorter.substring(0, shorter.length() - 1);
        }
        return shorter + "\u2026";
    }

    private static void text(PDPageContentStream stream, ReportFonts fonts, float[] rgb, float x, float y,
            String text) throws IOException {
        stream.beginText();
        stream.setFont(fonts.regular, Style.FURNITURE_SIZE);
        stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        stream.newLineAtOffset(x, y);
        ReportFonts.show(stream, fonts.regular, Style.FURNITURE_SIZE, text);
        stream.endText();
    }

    private static void rule(PDPageContentStream stream, float left, float y, float right) throws IOException {
        stream.setStrokingColor(Style.RULE[0], Style.RULE[1], Style.RULE[2]);
        stream.setLineWidth(0.5f);
        stream.moveTo(left, y);
        stream.lineTo(right, y);
        stream.stroke();
    }

    /** Counts the rows and blocks laid out, for the progress bar. */
    private static final class Work {
        private final ReportProgress progress;
        private final long total;
        private long done;

        Work(ReportProgress progress, long total) {
            this.progress = progress;
            this.total = total;
        }

        void done() {
            done++;
            if (done % 50 == 0 || done == total) {
                progress.progress(done, total);
            }
        }
    }
}
