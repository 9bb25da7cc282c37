package org.octopusdesk.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces every report prints in, DejaVu Sans Condensed regular and bold, embedded (as subsets) so that
 * "Türkiye", "Łódź" or "România" print on any machine and the text stays searchable. Licence beside the fonts.
 */
final class ReportFonts {

    private static final String FOLDER = "/org/octopusdesk/report/fonts/";
    /** What prints for a character the fonts do not have (CJK, emoji): visible, never a crash. */
    private static final String MISSING = "?";

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();

    ReportFonts(PDDocument document) {
        this.regular = load(document, "DejaVuSansCondensed.ttf");
        this.bold = load(document, "DejaVuSansCondensed-Bold.ttf");
    }

    private static PDType0Font load(PDDocument document, String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the application");
            }
            return PDType0Font.load(document, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with tabs and line ends made spaces and every character the fonts lack replaced by "?". */
    String printable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) && codePoint != '\u00a0' && codePoint != '\u202f') {
                clean.append(' ');
            } else if (Character.isISOControl(codePoint)) {
                clean.append(' ');
            } else if (printable.computeIfAbsent(codePoint, this::hasGlyph)) {
                clean.appendCodePoint(codePoint);
            } else {
                clean.append(MISSING);
            }
        });
        return clean.toString();
    }

    /** PDFBox refuses to encode a character without a glyph: that refusal is the test. */
    private boolean hasGlyph(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        try {
            regular.encode(character);
            bold.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The width of printable text in points. */
    static float width(PDType0Font font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
