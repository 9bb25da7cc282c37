package org.octopusdesk.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import javafx.util.Duration;
import org.octopusdesk.ui.shell.AreaId;

/**
 * What the benchmark asks of a window it starts (system property {@value #PROPERTY}): {@code first-window} prints
 * when the window is first drawn (the start-up screen, before the data is open) and when its main screen is, then
 * closes it; {@code tour} then visits every area, waiting for each one's background work, while a pulse timer on
 * the FX thread records the longest time between two frames, and reports that and the heap in use at the end. The
 * lines go to the file named by {@value #REPORT_PROPERTY}, one event a line, for the benchmark to read once the
 * window has closed. Without the properties nothing of this runs.
 *
 * <p>The installers' class-data-sharing training ({@code --cds-training}) runs the same tour without a report, so
 * that the archive holds the classes of every area, not only those of the first.
 */
final class StartupProbe {

    static final String PROPERTY = "octopus.probe";
    static final String REPORT_PROPERTY = "octopus.probe.report";
    /** Time given to an area to start its background work once shown, before the probe waits for it to end. */
    private static final Duration SETTLE = Duration.millis(400);

    private static final List<String> MARKS = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final String mode;
    /** Where the lines go; none for the training start, which only needs the classes loaded. */
    private final Optional<Path> report;
    private final Runnable close;
    /** How many of the longest gaps the report names, each with where the tour was. */
    private static final int GAPS_REPORTED = 5;

    private final LongestGaps gaps = new LongestGaps(GAPS_REPORTED);
    private AreaId current;
    private int step;
    private int steps;
    /** When the current area was shown ({@link System#nanoTime()}). */
    private long shownAt;
    /**
     * The tour's readings of each frame's costs, set up with the start-up screen: their first reading finds the
     * renderer thread among all threads and loads the management beans, some 10 ms of the FX thread that would
     * otherwise fall in the main screen's first measured frames (decision 0053).
     */
    private FrameCosts costs;

    private StartupProbe(String mode, Optional<Path> report, Runnable close) {
        this.mode = mode;
        this.report = report;
        this.close = close;
    }

    /** The probe the system property asks for, or none. */
    static Optional<StartupProbe> fromSystemProperty(Runnable close) {
        String mode = System.getProperty(PROPERTY, "");
        String report = System.getProperty(REPORT_PROPERTY, "");
        return List.of("first-window", "tour").contains(mode) && !report.isBlank()
                ? Optional.of(new StartupProbe(mode, Optional.of(Path.of(report)), close)) : Optional.empty();
    }

    /** The installers' training start: every area visited once, then {@code close}; nothing written. */
    static StartupProbe training(Runnable close) {
        return new StartupProbe("tour", Optional.empty(), close);
    }

    /** Called once the window is shown, before the data is open: notes its first frame. */
    void windowShown(Scene scene) {
        afterNextFrame(scene, () -> {
            String frame = "first-window " + System.currentTimeMillis();
            MARKS.forEach(this::print);
            print(frame);
            if ("tour".equals(mode)) {
                Platform.runLater(this::costs);
            }
        });
    }

    /** Called once the main window's root is in the scene: acts after its first frame. */
    void mainWindowShown(Scene scene, List<AreaId> areas, Consumer<AreaId> show, ObservableBooleanValue busy) {
        afterNextFrame(scene, () -> {
            print("main-window " + System.currentTimeMillis());
            if ("tour".equals(mode)) {
                Platform.runLater(() -> tour(areas, show, busy));
            } else {
                Platform.runLater(close);
            }
        });
    }

    /**
     * Notes when the start reached {@code event} (epoch milliseconds): the bench splits the time to the first frame
     * at these marks. A few entries in memory, kept whether or not a probe is asked for, written with the frame's.
     */
    static void mark(String event) {
        MARKS.add(event + " " + System.currentTimeMillis());
    }

    /** Runs {@code action} once, after the layout of the scene's next frame (before it is rendered). */
    static void afterNextFrame(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                action.run();
            }
        });
    }

    /** The frames' cost readings, set up and read once on their first call. */
    private FrameCosts costs() {
        if (costs == null) {
            costs = new FrameCosts();
            costs.read();
        }
        return costs;
    }

    private void tour(List<AreaId> areas, Consumer<AreaId> show, ObservableBooleanValue busy) {
        FrameCosts costs = costs();
        AnimationTimer pulses = new AnimationTimer() {
            private long last;
            private FrameCosts.Reading lastCosts;

            @Override
            public void handle(long pulse) {
                // The clock now, not the pulse's time stamp: work run between two pulses (an area built on its
                // show) delays the next pulse without moving its stamp, and would not count in the gap.
                long now = System.nanoTime();
                FrameCosts.Reading reading = costs.read();
                if (last != 0) {
                    gaps.note(new LongestGaps.Gap((now - last) / 1_000_000, String.valueOf(current), step, steps,
                            Math.max(0, last - shownAt) / 1_000_000, reading.since(lastCosts), Instant.now()));
                }
                last = now;
                lastCosts = reading;
            }
        };
        pulses.start();
        Deque<AreaId> toVisit = new ArrayDeque<>(areas);
        steps = areas.size();
        visitNext(toVisit, show, busy, () -> {
            pulses.stop();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            List<LongestGaps.Gap> longest = gaps.longestFirst();
            print("fx-longest-block " + (longest.isEmpty() ? "0 -" : longest.get(0).millis() + " "
                    + longest.get(0).area()));
            for (int i = 0; i < longest.size(); i++) {
                print("fx-gap-" + (i + 1) + " " + longest.get(i).describe());
            }
            gaps.longestByArea().forEach(gap -> print("fx-area-" + gap.area() + " " + gap.describe()));
            // Where the host took processors away, its gaps say so; this is the longest it spared (decision 0046).
            gaps.longestNothingStolen().ifPresent(gap -> print("fx-longest-unstolen " + gap.describe()));
            print("fx-stolen " + gaps.stolenSummary());
            print("heap-mb " + heap / (1024 * 1024));
            close.run();
        });
    }

    private void visitNext(Deque<AreaId> toVisit, Consumer<AreaId> show, ObservableBooleanValue busy, Runnable done) {
        if (toVisit.isEmpty()) {
            done.run();
            return;
        }
        current = toVisit.removeFirst();
        step++;
        shownAt = System.nanoTime();
        show.accept(current);
        PauseTransition settle = new PauseTransition(SETTLE);
        settle.setOnFinished(event -> whenIdle(busy, () -> visitNext(toVisit, show, busy, done)));
        settle.play();
    }

    /** Runs {@code next} once no background work is running, checking again every settle period. */
    private void whenIdle(ObservableBooleanValue busy, Runnable next) {
        if (!busy.get()) {
            next.run();
            return;
        }
        PauseTransition again = new PauseTransition(SETTLE);
        again.setOnFinished(event -> whenIdle(busy, next));
        again.play();
    }

    /** Appends one line to the report; a few bytes, written on the FX thread so the time is that of the frame. */
    private void print(String line) {
        if (report.isEmpty()) {
            return;
        }
        try {
            Files.writeString(report.get(), line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
