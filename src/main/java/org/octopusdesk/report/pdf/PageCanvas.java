package org.octopusdesk.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The pages as they fill: the current page's content stream and how far down it is written. Coordinates are
 * PDFBox's (origin bottom left); {@link #y()} is the top of the free space.
 */
final class PageCanvas {

    static final PDRectangle A4 = PDRectangle.A4;
    static final float MARGIN_LEFT = 56;
    static final float MARGIN_RIGHT = 56;
    /** Room above the body for the running header. */
    static final float MARGIN_TOP = 70;
    /** Room below the body for the footer. */
    static final float MARGIN_BOTTOM = 62;

    private final PDDocument document;
    private final ReportFonts fonts;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream stream;
    private float y;
    /** The text state of the page so far: PDFBox prepares a font afresh on every setFont, so say it only once. */
    private PDType0Font currentFont;
    private float currentSize;
    private float[] currentColour;

    PageCanvas(PDDocument document, ReportFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    ReportFonts fonts() {
        return fonts;
    }

    float left() {
        return MARGIN_LEFT;
    }

    float width() {
        return A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }

    float y() {
        return y;
    }

    /** The space left between the cursor and the footer. */
    float remaining() {
        return y - MARGIN_BOTTOM;
    }

    /** The height of a whole page's body. */
    static float bodyHeight() {
        return A4.getHeight() - MARGIN_TOP - MARGIN_BOTTOM;
    }

    boolean onFreshPage() {
        return stream != null && y >= A4.getHeight() - MARGIN_TOP;
    }

    List<PDPage> pages() {
        return pages;
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        pages.add(page);
        try {
            stream = new PDPageContentStream(document, page);
            currentFont = null;
            currentColour = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = A4.getHeight() - MARGIN_TOP;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void ensureRoom(float height) {
        if (stream == null || (height > remaining() && !onFreshPage())) {
            newPage();
        }
    }

    void moveDown(float amount) {
        y -= amount;
    }

    PDPageContentStream stream() {
        return stream;
    }

    /** One line of printable text with its baseline at {@code baseline}. */
    void text(PDType0Font font, float size, float[] rgb, float x, float baseline, String printable) {
        texts(font, size, rgb, List.of(new Placed(x, baseline, printable)));
    }

    /** Several pieces of text in one text object, each at its own baseline start: a table row's cells. */
    void texts(PDType0Font font, float size, float[] rgb, List<Placed> pieces) {
        if (pieces.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            if (font != currentFont || size != currentSize) {
                stream.setFont(font, size);
                currentFont = font;
                currentSize = size;
            }
            fillColour(rgb);
            float x = 0;
            float y = 0;
            for (Placed piece : pieces) {
                // Each move is from the start of the previous piece.
                stream.newLineAtOffset(piece.x() - x, piece.baseline() - y);
                ReportFonts.show(stream, font, size, piece.text());
                x = piece.x();
                y = piece.baseline();
            }
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Printable text and where its baseline starts. */
    record Placed(float x, float baseline, String text) {
    }

    void fillRect(float[] rgb, float x, float bottom, float w, float h) {
        try {
            fillColour(rgb);
            stream.addRect(x, bottom, w, h);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fillColour(float[] rgb) throws IOException {
        if (rgb != currentColour) {
            stream.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
            currentColour = rgb;
        }
    }

    void line(float[] rgb, float lineWidth, float x1, float y1, float x2, float y2) {
        try {
            stream.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            stream.setLineWidth(lineWidth);
            stream.moveTo(x1, y1);
            stream.lineTo(x2, y2);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void closeStream() {
        if (stream != null) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stream = null;
        }
    }
}
