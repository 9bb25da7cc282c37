package org.octopusdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WindowToursTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<String> recorded = new ArrayList<>();
    private final WindowTours tours = new WindowTours(new PrintStream(printed, true, StandardCharsets.UTF_8),
            (operation, millis, limit, what) -> recorded.add(operation + " " + (long) millis + " " + (long) limit));

    @Test
    void recordsTheMedianVisitAndPrintsItsGaps() {
        tours.report(List.of(visit(137, "projects", 137, 96), visit(85, "rates", 85, 90),
                visit(219, "dashboard", 140, 98)), "fx-longest-block", "from the class path");

        assertThat(recorded).containsExactly("fx-longest-block 137 50", "fx-longest-unstolen 137 50");
        String text = printed.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("3 visits: longest times between two frames 137, 85, 219 ms")
                .contains("its longest in projects").contains("gap 1: 137 projects step 2/10")
                .contains("the longest gaps it took nothing from: 85, 137, 140 ms");
    }

    @Test
    void namesTheInstalledLinesAfterTheirOwnOperation() {
        tours.report(List.of(visit(90, "rates", 60, 98)), "fx-longest-block-cds", "with the archive");

        assertThat(recorded).containsExactly("fx-longest-block-cds 90 50", "fx-longest-unstolen-cds 60 50");
    }

    @Test
    void leavesOutTheUnstolenLineWhereAVisitCouldNotCountIt() {
        Map<String, String> probe = Map.of("fx-longest-block", "90 rates", "main-window", "1000");

        tours.report(List.of(new WindowRuns.Run(0, probe)), "fx-longest-block", "from the class path");

        assertThat(recorded).containsExactly("fx-longest-block 90 50");
    }

    @Test
    void recordsTheBareWindowsMedianPauseAndWhereEachWas() {
        List<WindowRuns.Run> bare = List.of(new WindowRuns.Run(0, Map.of("fx-longest-block", "240 screen-1")),
                new WindowRuns.Run(0, Map.of("fx-longest-block", "610 screen-1")),
                new WindowRuns.Run(0, Map.of("fx-longest-block", "180 screen-4")));

        tours.reportBare(bare, "fx-bare-block");

        assertThat(recorded).containsExactly("fx-bare-block 240 50");
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("3 visits: longest times between two frames 240 at screen-1, 610 at screen-1, 180 at "
                        + "screen-4 ms");
    }

    @Test
    void holdsTheLargestHeapOfTheVisitsAgainstTheGoal() {
        List<WindowRuns.Run> visits = List.of(visit(1, "a", 1, 97), visit(2, "b", 2, 102), visit(3, "c", 3, 99));

        assertThat(WindowTours.largestHeap(visits)).isEqualTo(102);
    }

    private static WindowRuns.Run visit(long longest, String area, long unstolen, long heap) {
        return new WindowRuns.Run(0, Map.of("fx-longest-block", longest + " " + area, "main-window", "1000",
                "fx-gap-1", longest + " " + area + " step 2/10 +0 ms",
                "fx-longest-unstolen", unstolen + " " + area, "fx-stolen", "0 of 10000 ms in 0 gaps",
                "heap-mb", String.valueOf(heap)));
    }
}
