package org.octopusdesk.report.pdf;

import java.util.List;
import org.octopusdesk.report.Block;

/**
 * The widths of a table's columns: shared out by the columns' weights, then widened where a column's longest word
 * (a date, an amount, a header word) would not fit, the room taken from the columns that can wrap. A word is
 * broken only when the words of all columns together are wider than the page.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    /** @param padding the room a cell leaves on both sides of its text, together */
    static float[] of(Block.Table table, float total, float padding, ReportFonts fonts) {
        List<Block.Column> columns = table.columns();
        float[] widths = new float[columns.size()];
        float[] needed = new float[columns.size()];
        float weights = 0;
        for (Block.Column column : columns) {
            weights += column.weight();
        }
        for (int i = 0; i < widths.length; i++) {
            widths[i] = total * columns.get(i).weight() / weights;
            needed[i] = longestWord(columns.get(i).header(), fonts, true) + padding;
        }
        for (Block.Row row : table.rows()) {
            boolean bold = row.style() == Block.RowStyle.TOTAL;
            for (int i = 0; i < widths.length; i++) {
                needed[i] = Math.max(needed[i], longestWord(row.cells().get(i), fonts, bold) + padding);
            }
        }
        return widen(widths, needed, total);
    }

    /** Gives each column what it needs, taking it from the others' room beyond their own needs, by weight. */
    static float[] widen(float[] widths, float[] needed, float total) {
        float sumNeeded = 0;
        for (float each : needed) {
            sumNeeded += each;
        }
        if (sumNeeded > total) {
            return widths;
        }
        float[] fitted = widths.clone();
        float missing = 0;
        float spare = 0;
        for (int i = 0; i < fitted.length; i++) {
            if (fitted[i] < needed[i]) {
                missing += needed[i] - fitted[i];
                fitted[i] = needed[i];
            } else {
                spare += fitted[i] - needed[i];
            }
        }
        if (missing == 0) {
            return fitted;
        }
        for (int i = 0; i < fitted.length; i++) {
            if (fitted[i] > needed[i]) {
                fitted[i] -= missing * (fitted[i] - needed[i]) / spare;
            }
        }
        return fitted;
    }

    private static float longestWord(String text, ReportFonts fonts, boolean bold) {
        float longest = 0;
        // Printable text has spaces for every line end: a plain split on the space finds the words.
        for (String word : fonts.printable(text).split(" ")) {
            longest = Math.max(longest, ReportFonts.width(bold ? fonts.bold : fonts.regular, Style.TABLE_SIZE,
                    word));
        }
        return longest;
    }
}
