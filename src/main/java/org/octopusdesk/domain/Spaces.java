package org.octopusdesk.domain;

/**
 * Spaces as a person sees them: {@link String#strip()} leaves the no-break spaces that a text copied from a letter
 * or a spreadsheet brings ("CA-2020-1\u00a0"), and those would make two references of one (decision 0048).
 */
public final class Spaces {

    private Spaces() {
    }

    /** The text without spaces at either end, no-break and narrow ones included. */
    public static String stripped(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /**
     * A character nobody sees or tells from a plain space: a control, a format character (a zero-width space, a
     * direction mark) or a space other than the plain one.
     */
    public static boolean unseen(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || (Character.isSpaceChar(c) && c != ' ');
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
