package org.octopusdesk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * What the command line writes, with every control character but a tab and the line breaks printed as "?". The
 * data can hold them (a name typed before the imports refused them, a PostgreSQL database another program wrote),
 * and written raw an escape sequence would recolour or clear the terminal, or forge a line of output.
 */
final class TerminalText extends FilterWriter {

    private TerminalText(Writer out) {
        super(out);
    }

    /** {@code out} made safe for a terminal; one made safe already is returned as it is. */
    static PrintWriter safe(PrintWriter out) {
        return out instanceof Safe ? out : new Safe(new TerminalText(out));
    }

    /** Whether {@code c} is printed as it is. */
    static boolean shown(int c) {
        return !Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r';
    }

    @Override
    public void write(int c) throws IOException {
        out.write(shown(c) ? c : '?');
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        char[] safe = new char[length];
        for (int i = 0; i < length; i++) {
            char c = text[offset + i];
            safe[i] = shown(c) ? c : '?';
        }
        out.write(safe, 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    /** A writer known to be safe, flushed at each line as picocli's own. */
    private static final class Safe extends PrintWriter {

        Safe(Writer out) {
            super(out, true);
        }
    }
}
