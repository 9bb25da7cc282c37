package org.octopusdesk.service.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.BitSet;

/**
 * A reader that refuses a CSV file as soon as it passes a limit, before it is held in memory: a line longer than
 * {@link CsvSheet#MAX_LINE_LENGTH} characters, more than {@link CsvSheet#MAX_LINES} lines, or more than
 * {@link CsvSheet#MAX_CHARACTERS} characters in all. So a file of any size, {@code /dev/zero} included, is refused
 * after reading at most that much, naming the line it was on. It also remembers where each line starts, to tell
 * the line of a record from its position.
 */
final class BoundedLines extends Reader {

    private final Reader source;
    private int[] lineStarts = new int[1024];
    private int lines = 1;
    private long position;
    private int lineLength;
    /** The last character read was a CR: a LF now ends no other line. */
    private boolean afterCarriageReturn;
    /** Lines with nothing but a line break, which the parser skips before a record without saying so. */
    private final BitSet emptyLines = new BitSet();

    BoundedLines(Reader source) {
        this.source = source;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = source.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            position++;
            if (lines > CsvSheet.MAX_LINES) {
                throw new CsvRefusedException(lines, "", "error.csv.tooManyLines", CsvSheet.MAX_LINES);
            }
            char c = buffer[i];
            if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
                // A line ends at CR LF, at LF alone, or at CR alone as old Macintosh files and some spreadsheets
                // write it: the parser reads all three as line ends, and so the lines are counted alike.
                newLine();
            } else if (c != '\n' && ++lineLength > CsvSheet.MAX_LINE_LENGTH) {
                throw new CsvRefusedException(lines, "", "error.csv.lineTooLong", CsvSheet.MAX_LINE_LENGTH);
            }
            afterCarriageReturn = c == '\r';
            if (position > CsvSheet.MAX_CHARACTERS) {
                throw new CsvRefusedException(lines, "", "error.csv.tooLarge", CsvSheet.MAX_CHARACTERS / 1_000_000);
            }
        }
        return read;
    }

    private void newLine() {
        if (lineLength == 0) {
            emptyLines.set(lines);
        }
        if (lines - 1 == lineStarts.length) {
            lineStarts = Arrays.copyOf(lineStarts, lineStarts.length * 2);
        }
        // The characters are at most MAX_CHARACTERS, so a position always fits an int.
        lineStarts[lines - 1] = (int) position;
        lines++;
        lineLength = 0;
    }

    /**
     * The line (the first is 1) of the first character at or after {@code characterPosition} (counted from the
     * first read) that is not on an empty line: where the record that starts there is seen in an editor.
     */
    int lineOf(long characterPosition) {
        int found = Arrays.binarySearch(lineStarts, 0, lines - 1, (int) characterPosition);
        int line = found >= 0 ? found + 2 : -found;
        while (emptyLines.get(line)) {
            line++;
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
