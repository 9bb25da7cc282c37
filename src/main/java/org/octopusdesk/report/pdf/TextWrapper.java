package org.octopusdesk.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Breaks text into lines that fit a width: at spaces where it can, inside a word only when the word alone is wider
 * than the line (a long URL in a note), so nothing is ever cut at the page edge.
 */
final class TextWrapper {

    private TextWrapper() {
    }

    /** The lines of {@code printable} text; {@code \n} starts a new line. Empty text is one empty line. */
    static List<String> wrap(String text, PDType0Font font, float size, float width, ReportFonts fonts) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(fonts.printable(paragraph).strip(), font, size, width, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String paragraph, PDType0Font font, float size, float width,
            List<String> lines) {
        if (ReportFonts.width(font, size, paragraph) <= width) {
            lines.add(paragraph);
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (ReportFonts.width(font, size, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (ReportFonts.width(font, size, rest) > width) {
                int fits = longestPrefixThatFits(rest, font, size, width);
                lines.add(rest.substring(0, fits));
                rest = rest.substring(fits);
            }
            line.append(rest);
        }
        lines.add(line.toString());
    }

    private static int longestPrefixThatFits(String word, PDType0Font font, float size, float width) {
        int end = word.offsetByCodePoints(0, 1);
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (ReportFonts.width(font, size, word.substring(0, next)) > width) {
                break;
            }
            end = next;
        }
        return end;
    }
}
