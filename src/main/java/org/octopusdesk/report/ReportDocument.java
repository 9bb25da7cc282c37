package org.octopusdesk.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A report before it is printed: what it says, in one language, with no knowledge of pages or fonts. Builders make
 * one from the services; {@link org.octopusdesk.report.pdf.PdfReportWriter} lays it out on A4 pages.
 *
 * @param title the report's title, also the PDF's document title ("Donor report")
 * @param subject what it is about, for the cover, the running header and the PDF's subject ("Canada, 2020–2024")
 * @param language the ISO 639 code of its language ("en", "fr"), recorded in the PDF
 * @param cover the parameters printed in the cover block, in order
 * @param blocks the body, in reading order
 * @param labels the fixed words of the page furniture, in the report's language
 * @param generatedAt when it was produced
 * @param dataAsOf the date the figures are as of
 */
public record ReportDocument(String title, String subject, String language, List<CoverField> cover,
        List<Block> blocks, PageLabels labels, Instant generatedAt, LocalDate dataAsOf) {

    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(labels, "labels");
        cover = List.copyOf(cover);
        blocks = List.copyOf(blocks);
    }

    /** One line of the cover block: "Period" – "01/01/2020 – 31/12/2024". */
    public record CoverField(String label, String value) {
    }

    /**
     * The words of the page furniture.
     *
     * @param pageOf a pattern with {@code {0}} for the page and {@code {1}} for the count: "Page {0} of {1}"
     * @param generated the line under the cover: "Generated on 01/12/2026 16:00 from data as of 30/11/2026"
     * @param continued added to a table's title when it goes on over a page: "(continued)"
     * @param author who issues the report, at the top of each page and in the PDF's properties: "T-CY secretariat"
     */
    public record PageLabels(String pageOf, String generated, String continued, String author) {

        public String page(int page, int count) {
            return pageOf.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(count));
        }
    }
}
