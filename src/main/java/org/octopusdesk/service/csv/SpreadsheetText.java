package org.octopusdesk.service.csv;

import java.util.regex.Pattern;

/**
 * Text cells of an export, written so that a spreadsheet shows them as text and never runs them as formulas (the
 * OWASP rule against CSV injection): a cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a leading {@code '}, which spreadsheets read as "this is text" and do not show. Import
 * removes that one {@code '} again, so a round trip gives back the text unchanged.
 *
 * <p>Only text cells (references, names, notes, descriptions) go through here: numbers and dates are written as
 * they are, so a negative number stays a number.
 */
public final class SpreadsheetText {

    /** Text that a spreadsheet would read as a formula, possibly behind quotes this rule itself added. */
    private static final Pattern FORMULA_START = Pattern.compile("'*[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern PROTECTED = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

    private SpreadsheetText() {
    }

    /**
     * The cell to write for {@code text}. Text that already begins with quotes before a formula character gets
     * one more, so that {@link #unprotect} gives back exactly what was there.
     */
    public static String protect(String text) {
        return text != null && FORMULA_START.matcher(text).matches() ? "'" + text : text;
    }

    /** The text a cell written by {@link #protect} stood for: one leading {@code '} before a formula start removed. */
    public static String unprotect(String cell) {
        return PROTECTED.matcher(cell).matches() ? cell.substring(1) : cell;
    }
}
