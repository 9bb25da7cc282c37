package org.octopusdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.preflight.ValidationResult;
import org.apache.pdfbox.preflight.parser.PreflightParser;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a written report back as a reader's PDF viewer would: its pages' text, and whether it is PDF/A-1b. */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** The text of each page, in order. */
    public static List<String> pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    public static String text(Path pdf) throws IOException {
        return String.join("\n", pages(pdf));
    }

    /** Fails with Preflight's own list of errors when the file is not valid PDF/A-1b. */
    public static void assertPdfA(Path pdf) throws IOException {
        ValidationResult result = PreflightParser.validate(pdf.toFile());
        List<String> errors = result.getErrorsList().stream()
                .map(error -> error.getErrorCode() + " " + error.getDetails()).toList();
        assertThat(errors).as("PDF/A-1b errors of " + pdf.getFileName()).isEmpty();
        assertThat(result.isValid()).isTrue();
    }

    /** Every page says "Page N of M" (or its French) with its own number and the true count. */
    public static void assertPageNumbers(List<String> pages, String pattern) {
        for (int i = 0; i < pages.size(); i++) {
            String expected = pattern.replace("{0}", Integer.toString(i + 1))
                    .replace("{1}", Integer.toString(pages.size()));
            assertThat(pages.get(i)).as("page " + (i + 1)).contains(expected);
        }
    }
}
