package org.octopusdesk.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Fits a piece of text into a box of a badge: first on one line, shrinking from the largest size to a floor; below
 * the floor it wraps as well, shrinking on to the smallest size; what still does not fit in the lines allowed ends
 * with an ellipsis. Every line is measured with the font's own widths, so nothing ever runs past the box.
 *
 * @param lines the printable lines, at least one
 * @param size the font size in points
 */
record BadgeText(List<String> lines, float size) {

    /** A line's height as a share of its font size. */
    static final float LEADING = 1.15f;
    private static final float STEP = 0.5f;
    private static final String ELLIPSIS = "\u2026";

    /** The rules of one box: its sizes, where wrapping starts, how many lines it takes, its width and height. */
    record Rule(float largest, float wrapBelow, float smallest, int maxLines, float width, float height) {
    }

    static BadgeText fit(String printable, PDType0Font font, Rule rule, ReportFonts fonts) {
        String text = printable.strip();
        for (float size = rule.largest(); size >= rule.wrapBelow(); size -= STEP) {
            if (ReportFonts.width(font, size, text) <= rule.width() && size * LEADING <= rule.height()) {
                return new BadgeText(List.of(text), size);
            }
        }
        for (float size = rule.wrapBelow(); size >= rule.smallest(); size -= STEP) {
            List<String> lines = wrap(text, font, size, rule.width(), fonts);
            if (lines.size() <= rule.maxLines() && lines.size() * size * LEADING <= rule.height()) {
                return new BadgeText(lines, size);
            }
        }
        return cut(text, font, rule, fonts);
    }

    /** At the smallest size, the lines allowed, the last one ending in "…" within the width. */
    private static BadgeText cut(String text, PDType0Font font, Rule rule, ReportFonts fonts) {
        float size = rule.smallest();
        int room = Math.max(1, Math.min(rule.maxLines(), (int) (rule.height() / (size * LEADING))));
        List<String> wrapped = wrap(text, font, size, rule.width(), fonts);
        List<String> lines = new ArrayList<>(wrapped.subList(0, Math.min(room, wrapped.size())));
        if (wrapped.size() > room) {
            String last = lines.get(room - 1);
            while (!last.isEmpty() && ReportFonts.width(font, size, last + ELLIPSIS) > rule.width()) {
                last = last.substring(0, last.offsetByCodePoints(last.length(), -1)).stripTrailing();
            }
            lines.set(room - 1, last + ELLIPSIS);
        }
        return new BadgeText(lines, size);
    }

    /**
     * Lines at spaces and, in names like "Konstantinopoulou-Papadimitriou", after a hyphen, which keeps the hyphen
     * at the end of the line as a person would write it; a piece wider than the box alone is broken inside.
     */
    static List<String> wrap(String text, PDType0Font font, float size, float width, ReportFonts fonts) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String[] pieces = word.split("(?<=\\p{L}-)(?=\\p{L})");
            for (int i = 0; i < pieces.length; i++) {
                String glue = line.length() == 0 || i > 0 ? "" : " ";
                if (ReportFonts.width(font, size, line + glue + pieces[i]) <= width) {
                    line.append(glue).append(pieces[i]);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                List<String> broken = TextWrapper.wrap(pieces[i], font, size, width, fonts);
                lines.addAll(broken.subList(0, broken.size() - 1));
                line.append(broken.get(broken.size() - 1));
            }
        }
        lines.add(line.toString());
        return lines;
    }

    float height() {
        return lines.size() * size * LEADING;
    }
}
