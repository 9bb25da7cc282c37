package org.octopusdesk.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.octopusdesk.report.BadgeSheet;

/**
 * Prints name badges on A4: two columns of four badges of 90 × 60 mm, edge to edge so that one cut serves two
 * badges, with cut marks in the margins and small crosses where four badges meet. On each badge: the event at the
 * top, the name big in the middle, the organisation under it, the country at the bottom.
 */
public final class BadgePdfWriter {

    static final float MM = 72f / 25.4f;
    static final int COLUMNS = 2;
    static final int ROWS = 4;
    static final float BADGE_WIDTH = 90 * MM;
    static final float BADGE_HEIGHT = 60 * MM;
    /** Inside a badge nothing is printed nearer its edge than this: a cut a little off still leaves the text. */
    static final float PADDING = 6 * MM;
    static final float INNER_WIDTH = BADGE_WIDTH - 2 * PADDING;
    static final BadgeText.Rule NAME = new BadgeText.Rule(24, 16, 10, 3, INNER_WIDTH, 68);
    static final BadgeText.Rule ORGANISATION = new BadgeText.Rule(11, 9, 7, 2, INNER_WIDTH, 26);
    static final BadgeText.Rule COUNTRY = new BadgeText.Rule(11, 8, 7, 1, INNER_WIDTH, 14);
    static final BadgeText.Rule EVENT = new BadgeText.Rule(8, 6, 6, 1, INNER_WIDTH, 10);
    private static final float MARK = 5 * MM;
    private static final float MARK_GAP = 2 * MM;
    private static final float CROSS = 2 * MM;
    private static final Color MUTED = new Color(90, 90, 90);
    private static final Color ACCENT = new Color(0, 61, 122);

    /** Writes the sheet to {@code out} and answers its page count. */
    public int write(BadgeSheet sheet, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReportFonts fonts = new ReportFonts(document);
            List<BadgeSheet.Badge> badges = sheet.badges();
            int perPage = COLUMNS * ROWS;
            for (int first = 0; first < badges.size(); first += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    List<BadgeSheet.Badge> onPage = badges.subList(first, Math.min(badges.size(), first + perPage));
                    for (int i = 0; i < onPage.size(); i++) {
                        drawBadge(content, fonts, sheet.event(), onPage.get(i), left() + (i % COLUMNS) * BADGE_WIDTH,
                                top() - (i / COLUMNS) * BADGE_HEIGHT);
                    }
                    drawCutMarks(content);
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(fonts.printable(sheet.event()));
            info.setProducer(ArchivalMetadata.PRODUCER);
            document.save(out);
            return document.getNumberOfPages();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static float left() {
        return (PDRectangle.A4.getWidth() - COLUMNS * BADGE_WIDTH) / 2;
    }

    static float top() {
        return PDRectangle.A4.getHeight() - (PDRectangle.A4.getHeight() - ROWS * BADGE_HEIGHT) / 2;
    }

    /** The name, organisation and country of one badge as they will be printed. */
    static List<BadgeText> layout(BadgeSheet.Badge badge, ReportFonts fonts) {
        return List.of(BadgeText.fit(fonts.printable(badge.name()), fonts.bold, NAME, fonts),
                BadgeText.fit(fonts.printable(badge.organisation()), fonts.regular, ORGANISATION, fonts),
                BadgeText.fit(fonts.printable(badge.country()), fonts.bold, COUNTRY, fonts));
    }

    private static void drawBadge(PDPageContentStream content, ReportFonts fonts, String event,
            BadgeSheet.Badge badge, float x, float top) throws IOException {
        float centre = x + BADGE_WIDTH / 2;
        BadgeText eventText = BadgeText.fit(fonts.printable(event), fonts.regular, EVENT, fonts);
        content.setNonStrokingColor(MUTED);
        lines(content, fonts.regular, eventText, centre, top - PADDING);
        content.setNonStrokingColor(ACCENT);
        content.addRect(x + PADDING, top - PADDING - 13, INNER_WIDTH, 1.2f);
        content.fill();
        List<BadgeText> texts = layout(badge, fonts);
        BadgeText name = texts.get(0);
        BadgeText organisation = texts.get(1);
        // Name and organisation together sit in the middle of the room between the rule and the country.
        float roomTop = top - PADDING - 18;
        float roomBottom = top - BADGE_HEIGHT + PADDING + COUNTRY.height();
        float block = name.height() + (badge.organisation().isEmpty() ? 0 : 4 + organisation.height());
        float start = roomTop - (roomTop - roomBottom - block) / 2;
        content.setNonStrokingColor(Color.BLACK);
        lines(content, fonts.bold, name, centre, start);
        if (!badge.organisation().isEmpty()) {
            lines(content, fonts.regular, organisation, centre, start - name.height() - 4);
        }
        content.setNonStrokingColor(ACCENT);
        lines(content, fonts.bold, texts.get(2), centre, top - BADGE_HEIGHT + PADDING + COUNTRY.height());
    }

    /** Centred lines whose first line's top is at {@code top}. */
    private static void lines(PDPageContentStream content, PDType0Font font, BadgeText text, float centre,
            float top) throws IOException {
        float baseline = top - text.size();
        for (String line : text.lines()) {
            content.beginText();
            content.setFont(font, text.size());
            content.newLineAtOffset(centre - ReportFonts.width(font, text.size(), line) / 2, baseline);
            ReportFonts.show(content, font, text.size(), line);
            content.endText();
            baseline -= text.size() * BadgeText.LEADING;
        }
    }

    /** Marks along every cut line in the margins, and crosses where inner cut lines meet. */
    private static void drawCutMarks(PDPageContentStream content) throws IOException {
        content.setStrokingColor(MUTED);
        content.setLineWidth(0.3f);
        float left = left();
        float right = left + COLUMNS * BADGE_WIDTH;
        float top = top();
        float bottom = top - ROWS * BADGE_HEIGHT;
        for (int column = 0; column <= COLUMNS; column++) {
            float x = left + column * BADGE_WIDTH;
            line(content, x, top + MARK_GAP, x, top + MARK_GAP + MARK);
            line(content, x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK);
        }
        for (int row = 0; row <= ROWS; row++) {
            float y = top - row * BADGE_HEIGHT;
            line(content, left - MARK_GAP, y, left - MARK_GAP - MARK, y);
            line(content, right + MARK_GAP, y, right + MARK_GAP + MARK, y);
        }
        for (int column = 1; column < COLUMNS; column++) {
            for (int row = 1; row < ROWS; row++) {
                float x = left + column * BADGE_WIDTH;
                float y = top - row * BADGE_HEIGHT;
                line(content, x - CROSS, y, x + CROSS, y);
                line(content, x, y - CROSS, x, y + CROSS);
            }
        }
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2)
            throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }
}
