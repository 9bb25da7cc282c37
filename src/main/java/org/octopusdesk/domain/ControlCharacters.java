package org.octopusdesk.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters a value brought in from a file may not hold: the control characters other than a tab and the line
 * breaks (a bell, a NUL, an escape), which do not show and, printed, can recolour or clear a terminal; and those
 * that override or isolate the direction of the text after them (U+202A-U+202E, U+2066-U+2069), which can show a
 * value reversed. The marks of direction Arabic or Hebrew text may need (U+200E, U+200F) are taken.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The first such character of {@code text}, named as {@link #named} names it; empty when it has none. */
    public static Optional<String> first(String text) {
        return text.codePoints().filter(ControlCharacters::refused).mapToObj(ControlCharacters::named).findFirst();
    }

    /** A character by its code point, as messages name what does not show: "U+0007". */
    public static String named(int codePoint) {
        return String.format(Locale.ROOT, "U+%04X", codePoint);
    }

    private static boolean refused(int codePoint) {
        boolean control = Character.isISOControl(codePoint) && codePoint != '\t' && codePoint != '\n'
                && codePoint != '\r';
        return control || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }
}
