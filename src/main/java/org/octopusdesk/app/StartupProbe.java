package org.octopusdesk.app;

import java.lang.management.ManagementFactory;
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
 * when the main window has been drawn for the first time and closes it; {@code tour} then visits every area,
 * waiting for each one's background work, while a pulse timer on the FX thread records the longest time between
 * two frames, and prints that and the heap in use at the end. Lines start with {@value #PREFIX} so the benchmark
 * finds them among the log's. Without the property nothing of this runs.
 */
final class StartupProbe {

    static final String PROPERTY = "octopus.probe";
    static final String PREFIX = "octopus-probe ";
    /** Time given to an area to start its background work once shown, before the probe waits for it to end. */
    private static final Duration SETTLE = Duration.millis(400);

    private final String mode;
    private final Runnable close;
    private long longestGapNanos;
    private AreaId longestGapArea;
    private AreaId current;

    private StartupProbe(String mode, Runnable close) {
        this.mode = mode;
        this.close = close;
    }

    /** The probe the system property asks for, or none. */
    static Optional<StartupProbe> fromSystemProperty(Runnable close) {
        String mode = System.getProperty(PROPERTY, "");
        return List.of("first-window", "tour").contains(mode) ? Optional.of(new StartupProbe(mode, close))
                : Optional.empty();
    }

    /** Called once the main window's root is in the scene: acts after its first frame. */
    void mainWindowShown(Scene scene, List<AreaId> areas, Consumer<AreaId> show, ObservableBooleanValue busy) {
        Runnable afterFirstFrame = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                print("first-window " + System.currentTimeMillis());
                if ("tour".equals(mode)) {
                    Platform.runLater(() -> tour(areas, show, busy));
                } else {
                    Platform.runLater(close);
                }
            }
        };
        scene.addPostLayoutPulseListener(afterFirstFrame);
    }

    private void tour(List<AreaId> areas, Consumer<AreaId> show, ObservableBooleanValue busy) {
        AnimationTimer pulses = new AnimationTimer() {
            private long last;

            @Override
            public void handle(long now) {
                if (last != 0 && now - last > longestGapNanos) {
                    longestGapNanos = now - last;
                    longestGapArea = current;
                }
                last = now;
            }
        };
        pulses.start();
        Deque<AreaId> toVisit = new ArrayDeque<>(areas);
        visitNext(toVisit, show, busy, () -> {
            pulses.stop();
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            print("fx-longest-block " + longestGapNanos / 1_000_000 + " " + longestGapArea);
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

    private static void print(String line) {
        System.out.println(PREFIX + line);
        System.out.flush();
    }
}
