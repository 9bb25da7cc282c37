package org.octopusdesk.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/**
 * The probe's visits of every area over the million payments, several of one launch, reported by their median.
 * One visit's longest pause is one gap out of hundreds, and on these machines it went from 85 to 216 ms in six
 * visits of the same code within ten minutes (decision 0049); the issue asks every operation's time as a median of
 * several runs. The visit whose longest pause is the median one is printed whole: its five longest gaps and each
 * area's longest.
 */
final class WindowTours {

    /** Records an operation's time against its limit in the bench's table and prints it. */
    interface Recorder {
        void record(String operation, double millis, double limitMillis, String what);
    }

    private static final int GOAL_MS = 50;

    private final PrintStream out;
    private final Recorder recorder;

    WindowTours(PrintStream out, Recorder recorder) {
        this.out = out;
        this.recorder = recorder;
    }

    /**
     * Records the median of the visits' longest pauses as {@code operation}, and the median of their longest pauses
     * the host took nothing from as its {@code -unstolen} line.
     */
    void report(List<WindowRuns.Run> tours, String operation, String how) {
        List<WindowRuns.Run> byLongest = new ArrayList<>(tours);
        byLongest.sort(Comparator.comparingLong(WindowTours::longest));
        WindowRuns.Run median = byLongest.get(byLongest.size() / 2);
        out.printf("Window over the million payments, %s, %d visits: longest times between two frames %s ms; the "
                        + "median visit's first frame after %,d ms, its longest in %s%n", how, tours.size(),
                tours.stream().map(tour -> String.valueOf(longest(tour))).collect(Collectors.joining(", ")),
                median.millisTo("main-window"), where(median));
        recorder.record(operation, longest(median), GOAL_MS, "median of the visits' longest pauses of the FX thread "
                + "visiting every area over the million payments, against the 50 ms goal");
        out.println("  the median visit's longest gaps:");
        for (int i = 1; median.probe().containsKey("fx-gap-" + i); i++) {
            out.printf("    gap %d: %s%n", i, median.probe().get("fx-gap-" + i));
        }
        out.println("  its areas' longest:");
        median.probe().entrySet().stream().filter(line -> line.getKey().startsWith("fx-area-"))
                .sorted(Comparator.comparing(line -> Integer.parseInt(line.getValue().split(" ")[3].split("/")[0])))
                .forEach(line -> out.printf("    %s%n", line.getValue()));
        reportStolen(tours, operation.replace("fx-longest-block", "fx-longest-unstolen"));
    }

    /**
     * Records the median of the bare window's longest pauses ({@link BareTour}) as {@code operation}, against the
     * same goal: what showing a plain screen of the areas' kind costs the toolkit on this machine.
     */
    void reportBare(List<WindowRuns.Run> tours, String operation) {
        List<Long> longest = tours.stream().map(WindowTours::longest).sorted().toList();
        out.printf("Bare JavaFX window showing ten plain screens of a table and a form, %d visits: longest times "
                + "between two frames %s ms%n", tours.size(), tours.stream().map(tour -> longest(tour) + " at "
                + where(tour)).collect(Collectors.joining(", ")));
        recorder.record(operation, longest.get(longest.size() / 2), GOAL_MS, "median of a bare JavaFX window's "
                + "longest pauses showing plain screens of the same kind, the toolkit's floor, against the 50 ms goal");
    }

    /** The largest heap in use after a visit, in MB: the goal is a bound, so the worst visit is the one to hold. */
    static long largestHeap(List<WindowRuns.Run> tours) {
        return tours.stream().mapToLong(tour -> Long.parseLong(tour.probe().get("heap-mb").trim())).max()
                .orElseThrow();
    }

    /**
     * What the machine's host took from its processors during each visit, and the median of the visits' longest
     * gaps it took nothing from, as a line of its own (decision 0046): on a virtual machine, a gap with stolen time
     * is longer by a cause the application cannot remove. The goal's line stays the longest of all.
     */
    private void reportStolen(List<WindowRuns.Run> tours, String operation) {
        List<String> stolen = tours.stream().map(tour -> Optional.ofNullable(tour.probe().get("fx-stolen")))
                .flatMap(Optional::stream).map(String::trim).toList();
        if (!stolen.isEmpty()) {
            out.printf("  the host took %s%n", String.join("; ", stolen));
        }
        List<Long> spared = tours.stream().map(WindowTours::longestUnstolen).filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong).sorted().toList();
        if (spared.size() == tours.size()) {
            out.printf("  the longest gaps it took nothing from: %s ms%n",
                    spared.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            recorder.record(operation, spared.get(spared.size() / 2), GOAL_MS, "median of the same visits' longest "
                    + "pauses in which the machine's host took no processor time, against the 50 ms goal");
        }
    }

    private static long longest(WindowRuns.Run tour) {
        return Long.parseLong(tour.probe().get("fx-longest-block").split(" ")[0]);
    }

    private static String where(WindowRuns.Run tour) {
        String[] block = tour.probe().get("fx-longest-block").split(" ");
        return block.length > 1 ? block[1] : "?";
    }

    private static OptionalLong longestUnstolen(WindowRuns.Run tour) {
        String line = tour.probe().get("fx-longest-unstolen");
        return line == null ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(line.trim().split(" ")[0]));
    }
}
