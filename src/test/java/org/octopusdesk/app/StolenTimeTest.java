package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StolenTimeTest {

    /** The first lines of a two-processor virtual machine's /proc/stat, as read on the development machine. */
    private static final String STAT = """
            cpu  73675 0 9313 91940 649 0 58 4675 0 0
            cpu0 34797 0 4056 48845 82 0 12 2358 0 0
            cpu1 38877 0 5256 43095 567 0 46 2316 0 0
            intr 1234 0 0
            """;

    @Test
    void readsTheStealFigureOfTheFirstLineInMilliseconds() {
        assertThat(StolenTime.parse(STAT)).hasValue(46_750);
    }

    @Test
    void aSystemThatDoesNotCountItKnowsNothing() {
        assertThat(StolenTime.parse("cpu  73675 0 9313 91940 649\n")).isEmpty();
        assertThat(StolenTime.parse("intr 1234 0 0\n")).isEmpty();
        assertThat(StolenTime.parse("")).isEmpty();
    }

    @Test
    void readsTheFileEachTimeAndGivesNothingWhenItCannot(@TempDir Path folder) throws IOException {
        Path stat = folder.resolve("stat");
        StolenTime stolen = new StolenTime(stat);
        assertThat(stolen.millis()).as("no such file").isEmpty();

        Files.writeString(stat, STAT);
        assertThat(stolen.millis()).hasValue(46_750);
        Files.writeString(stat, STAT.replace(" 4675 ", " 4685 "));
        assertThat(stolen.millis()).hasValue(46_850);

        Files.writeString(stat, "cpu  1 2 3 4 5 6 7 many 0 0\n");
        assertThat(stolen.millis()).as("a damaged figure").isEqualTo(OptionalLong.empty());
    }
}
