package org.octopusdesk.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;

/**
 * What every {@link SlicedFill} together, and the other work built a piece a frame ({@link LateTabContents}), may
 * spend of one frame. Each fill had a budget of its own: when the
 * dashboard's data came, its project cards, its money panel, the panel's by-project table and its chart filled at
 * once, each spending its few milliseconds in the same frame, and one part that took longer than its budget (the
 * chart, built and styled) came on top: 90-140 ms frames (decision 0041). Now the fills share one budget a frame:
 * the waiting ones go on in the order they came while it lasts, at least one item a frame, and what a fill adds
 * at once, when asked (its first slice), counts in the frame it falls in.
 *
 * <p>FX thread only. One instance drives the window's fills from an animation timer; tests make their own and
 * play the frames by hand.
 */
final class FrameBudget {

    private static final FrameBudget FX = new FrameBudget(System::nanoTime, SlicedFill.BUDGET_NANOS,
            FrameBudget::startTimer);

    private final LongSupplier clock;
    private final long budgetNanos;
    private final Consumer<FrameBudget> startFrames;
    private final Set<BooleanSupplier> waiting = new LinkedHashSet<>();
    private long spent;
    private boolean anyAdded;
    private boolean framesRunning;

    /** {@code startFrames} makes {@link #frame()} run at each coming frame until it returns true. */
    FrameBudget(LongSupplier clock, long budgetNanos, Consumer<FrameBudget> startFrames) {
        this.clock = clock;
        this.budgetNanos = budgetNanos;
        this.startFrames = startFrames;
    }

    /** The window's budget, its frames counted by an animation timer. */
    static FrameBudget fx() {
        return FX;
    }

    long now() {
        return clock.getAsLong();
    }

    /** Whether one more item may go in this frame: always the first, then while the budget lasts. */
    boolean mayAdd() {
        return !anyAdded || spent < budgetNanos;
    }

    /** Counts an item's time in this frame; the frames are counted from now on, so that the next one starts anew. */
    void spend(long nanos) {
        spent += nanos;
        anyAdded = true;
        runFrames();
    }

    /**
     * Lets {@code work} go on in the coming frames, after the work already waiting. Each frame it is asked to add
     * what {@link #mayAdd()} allows, counting each piece with {@link #spend(long)}, and says true once it has
     * nothing left. The same object each time for the same work, so that it waits in one place.
     */
    void goOnNextFrames(BooleanSupplier work) {
        waiting.add(work);
        runFrames();
    }

    /**
     * One frame: the waiting fills go on in their order while the budget lasts, then the next frame starts with the
     * whole budget. True once no fill waits (the frames may stop).
     */
    boolean frame() {
        List<BooleanSupplier> inOrder = new ArrayList<>(waiting);
        for (BooleanSupplier work : inOrder) {
            if (!mayAdd()) {
                break;
            }
            // A fill may start others as it adds (a table that fills once in the window): they wait behind.
            if (work.getAsBoolean()) {
                waiting.remove(work);
            }
        }
        spent = 0;
        anyAdded = false;
        framesRunning = !waiting.isEmpty();
        return !framesRunning;
    }

    private void runFrames() {
        if (!framesRunning) {
            framesRunning = true;
            startFrames.accept(this);
        }
    }

    private static void startTimer(FrameBudget budget) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (budget.frame()) {
                    stop();
                }
            }
        }.start();
    }
}
