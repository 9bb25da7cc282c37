package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.csv.ImportProgress.Stage;

/** The command line's progress lines: none for a short import, then at most one a second, and each pass's end. */
class ProgressLinesTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter err = new StringWriter();
    private long now;

    @Test
    void aShortImportPrintsNothing() {
        ProgressLines progress = new ProgressLines(new PrintWriter(err), Messages.forLanguage("en"), () -> now);

        progress.reached(Stage.CHECKED, 500, 1_000);
        now += SECOND / 2;
        progress.reached(Stage.CHECKED, 1_000, 1_000);
        progress.reached(Stage.WRITTEN, 600, 600);

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aLongImportPrintsAtMostALineASecondAndTheEndOfEachPass() {
        ProgressLines progress = new ProgressLines(new PrintWriter(err), Messages.forLanguage("en"), () -> now);

        for (int done = 500; done <= 100_000; done += 500) {
            now += SECOND / 10;
            progress.reached(Stage.CHECKED, done, 100_000);
        }
        now += SECOND / 10;
        progress.reached(Stage.WRITTEN, 1_000, 66_666);
        now += 2 * SECOND;
        progress.reached(Stage.WRITTEN, 66_666, 66_666);
        now += 2 * SECOND;
        progress.reached(Stage.WRITTEN, 66_666, 66_666);

        assertThat(err.toString().lines()).as("a pass's end reported twice is printed once").hasSize(21)
                .startsWith("Checked 5,000 of 100,000 lines…")
                .contains("Checked 100,000 of 100,000 lines…").endsWith("Imported 66,666 of 66,666 records…");
    }

    @Test
    void theLinesAreInTheChosenLanguage() {
        ProgressLines progress = new ProgressLines(new PrintWriter(err), Messages.forLanguage("fr"), () -> now);

        now += 2 * SECOND;
        progress.reached(Stage.CHECKED, 50_000, 100_000);

        assertThat(err.toString().strip()).matches("50.000 lignes vérifiées sur 100.000…");
    }
}
