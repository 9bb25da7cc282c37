package org.octopusdesk.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
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

    /**
     * Loads a font without its glyph substitutions (GSUB): Latin, Greek and Cyrillic text needs none of them, and
     * PDFBox would otherwise rebuild its substitution rules, regular expressions included, on every piece of text,
     * which made it most of a long report's time.
     */
    static PDType0Font load(PDDocument document, String file) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the application");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            font.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(font);
            return PDType0Font.load(document, font, true);
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

    /** The width of printable text in points: the sum of its characters' advance widths. */
    static float width(PDType0Font font, float size, String text) {
        float[] widths = ADVANCES.computeIfAbsent(font, any -> newAdvances());
        float units = 0;
        for (int i = 0; i < text.length(); i++) {
            char character = text.charAt(i);
            if (Character.isHighSurrogate(character) && i + 1 < text.length()) {
                // Beyond the first 65,536 characters (rare): measured each time.
                units += advance(font, text.substring(i, i + 2));
                i++;
                continue;
            }
            float advance = widths[character];
            if (Float.isNaN(advance)) {
                advance = advance(font, String.valueOf(character));
                widths[character] = advance;
            }
            units += advance;
        }
        return units / 1000f * size;
    }

    /**
     * Advance widths by character, looked up once: PDFBox encodes the text to measure it, and a report measures every
     * cell, usually twice. The fonts of one document are used by one thread.
     */
    private static final Map<PDType0Font, float[]> ADVANCES = java.util.Collections.synchronizedMap(
            new java.util.WeakHashMap<>());

    private static float[] newAdvances() {
        float[] widths = new float[Character.MAX_VALUE + 1];
        java.util.Arrays.fill(widths, Float.NaN);
        return widths;
    }

    private static float advance(PDType0Font font, String character) {
        try {
            return font.getStringWidth(character);
        } catch (IOException | IllegalArgumentException unencodable) {
            // Printable text holds only characters the fonts have; anything else takes no room.
            return 0;
        }
    }
}
