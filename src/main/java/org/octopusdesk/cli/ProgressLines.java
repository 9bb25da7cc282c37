package org.octopusdesk.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.csv.ImportProgress;

/**
 * The progress of a long import on the command line, as plain lines on the error stream ("Checked 50,000 of
 * 100,000 lines…"), whether or not it is a terminal: a log or a script sees the same lines as a person. Silent
 * for the first second, so a short import prints nothing; then at most one line a second, and the end of each
 * pass once it has begun to print. The standard output keeps only the result.
 */
final class ProgressLines implements ImportProgress {

    static final long QUIET_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final Messages messages;
    private final LongSupplier clock;
    private final long start;
    private long lastPrinted;
    private boolean printing;
    /** The line printed last: a pass may report its end twice (its last step is also its end). */
    private String lastLine = "";

    ProgressLines(PrintWriter err, Messages messages) {
        this(err, messages, System::nanoTime);
    }

    ProgressLines(PrintWriter err, Messages messages, LongSupplier clock) {
        this.err = err;
        this.messages = messages;
        this.clock = clock;
        this.start = clock.getAsLong();
        this.lastPrinted = start;
    }

    @Override
    public void reached(Stage stage, int done, int total) {
        long now = clock.getAsLong();
        boolean finished = done >= total;
        if (now - lastPrinted < QUIET_NANOS && !(finished && printing)) {
            return;
        }
        String line = messages.text(stage == Stage.CHECKED ? "cli.import.checked" : "cli.import.written",
                messages.number(done), messages.number(total));
        if (line.equals(lastLine)) {
            return;
        }
        printing = true;
        lastPrinted = now;
        lastLine = line;
        err.println(line);
        err.flush();
    }
}
