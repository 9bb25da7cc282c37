package org.octopusdesk.report.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.ref.WeakReference;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The two faces every report prints in, DejaVu Sans Condensed regular and bold, embedded (as subsets) so that
 * "Türkiye", "Łódź" or "România" print on any machine and the text stays searchable; and Droid Sans Fallback for
 * the Chinese, Japanese and Korean text DejaVu has no glyphs for ("李伟", "한국어"), loaded only when a report
 * has some. A character neither has (an emoji) prints as "?" and is kept in {@link #missing()}. Licences beside
 * the fonts.
 */
final class ReportFonts {

    private static final String FOLDER = "/org/octopusdesk/report/fonts/";
    private static final String FALLBACK_FILE = "DroidSansFallback.ttf";
    /** What prints for a character no font has: visible, never a crash. */
    private static final String MISSING = "?";
    /**
     * The fonts of each document's faces, so that measuring and showing text with a face can fall back. Held
     * weakly both ways (the fonts hold their faces): a written document's fonts are collected with it.
     */
    private static final Map<PDType0Font, WeakReference<ReportFonts>> OWNERS = java.util.Collections
            .synchronizedMap(new java.util.WeakHashMap<>());

    /** Which font prints a character. */
    private enum Source { FACE, FALLBACK, NONE }

    final PDType0Font regular;
    final PDType0Font bold;
    private final PDDocument document;
    private final Map<Integer, Source> sources = new HashMap<>();
    private final java.util.Set<Integer> missing = new java.util.TreeSet<>();
    /** Loaded at the first character the faces lack; null until then, so most reports never parse it. */
    private PDType0Font fallback;
    private boolean fallbackTried;

    ReportFonts(PDDocument document) {
        this.document = document;
        this.regular = load(document, "DejaVuSansCondensed.ttf");
        this.bold = load(document, "DejaVuSansCondensed-Bold.ttf");
        OWNERS.put(regular, new WeakReference<>(this));
        OWNERS.put(bold, new WeakReference<>(this));
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

    /**
     * The text with tabs and line ends made spaces and every character no font has replaced by "?" (and noted in
     * {@link #missing()}).
     */
    String printable(String text) {
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) && codePoint != '\u00a0' && codePoint != '\u202f') {
                clean.append(' ');
            } else if (Character.isISOControl(codePoint)) {
                clean.append(' ');
            } else if (source(codePoint) != Source.NONE) {
                clean.appendCodePoint(codePoint);
            } else {
                missing.add(codePoint);
                clean.append(MISSING);
            }
        });
        return clean.toString();
    }

    /** The characters printed as "?" so far, in code point order: what a report could not print. */
    java.util.Set<Integer> missing() {
        return java.util.Collections.unmodifiableSet(missing);
    }

    private Source source(int codePoint) {
        return sources.computeIfAbsent(codePoint, this::findSource);
    }

    /** PDFBox refuses to encode a character without a glyph: that refusal is the test. */
    private Source findSource(int codePoint) {
        String character = new String(Character.toChars(codePoint));
        if (encodes(regular, character) && encodes(bold, character)) {
            return Source.FACE;
        }
        return fallback() != null && encodes(fallback, character) ? Source.FALLBACK : Source.NONE;
    }

    private static boolean encodes(PDType0Font font, String character) {
        try {
            font.encode(character);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private PDType0Font fallback() {
        if (!fallbackTried) {
            fallbackTried = true;
            fallback = load(document, FALLBACK_FILE);
        }
        return fallback;
    }

    /**
     * Shows printable text in {@code face} at the stream's text position, the characters the face lacks in the
     * fallback font; the stream is left with {@code face} set.
     */
    static void show(PDPageContentStream stream, PDType0Font face, float size, String printable)
            throws IOException {
        ReportFonts owner = owner(face);
        if (owner == null || owner.fallback == null) {
            stream.showText(printable);
            return;
        }
        int start = 0;
        while (start < printable.length()) {
            boolean inFallback = owner.inFallback(printable.codePointAt(start));
            int end = start;
            while (end < printable.length() && owner.inFallback(printable.codePointAt(end)) == inFallback) {
                end += Character.charCount(printable.codePointAt(end));
            }
            if (inFallback) {
                stream.setFont(owner.fallback, size);
                stream.showText(printable.substring(start, end));
                stream.setFont(face, size);
            } else {
                stream.showText(printable.substring(start, end));
            }
            start = end;
        }
    }

    private static ReportFonts owner(PDType0Font face) {
        WeakReference<ReportFonts> owner = OWNERS.get(face);
        return owner == null ? null : owner.get();
    }

    private boolean inFallback(int codePoint) {
        return source(codePoint) == Source.FALLBACK;
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

    /** A character's advance in the face, else in its document's fallback font, else none. */
    private static float advance(PDType0Font font, String character) {
        ReportFonts owner = owner(font);
        PDType0Font measured = owner != null && owner.inFallback(character.codePointAt(0)) ? owner.fallback : font;
        try {
            return measured.getStringWidth(character);
        } catch (IOException | IllegalArgumentException unencodable) {
            // Printable text holds only characters the fonts have; anything else takes no room.
            return 0;
        }
    }
}
