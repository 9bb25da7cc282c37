package org.octopusdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands work on to the background thread once the frame the FX thread is preparing has been styled and laid out.
 * An area asks for its data as it builds its screen; started at once, the query took one of the machine's two
 * cores while the FX thread styled that screen, and the first frame of the contributions or the conferences
 * waited for a core, 110-240 ms where the FX thread's own work was 50-120 ms (decision 0041). Held one frame, the
 * data comes a frame later (16 ms at 60 Hz) and the screen comes whole sooner.
 *
 * <p>Work keeps its order: once anything is held, all work after it waits behind it, from whatever thread. Work
 * asked for off the FX thread with nothing held goes on at once, since no frame is being prepared for it. Once
 * closed, nothing is held: what was held goes on, then all work directly.
 */
final class FrameHeldExecutor implements Executor {

    /** Frames to wait: the first is the one being prepared; at the start of the second it has been laid out. */
    private static final int FRAMES = 2;

    private final Executor next;
    private final BooleanSupplier onFxThread;
    private final Consumer<Runnable> afterTheFrame;
    private final Deque<Runnable> held = new ArrayDeque<>();
    private boolean closed;

    /** Work goes on to {@code next}; {@code afterTheFrame} runs its argument once the current frame is laid out. */
    FrameHeldExecutor(Executor next, BooleanSupplier onFxThread, Consumer<Runnable> afterTheFrame) {
        this.next = next;
        this.onFxThread = onFxThread;
        this.afterTheFrame = afterTheFrame;
    }

    /** Holding until JavaFX's next frame but one, seen from an animation timer. */
    static FrameHeldExecutor untilTheNextFrame(Executor next) {
        return new FrameHeldExecutor(next, Platform::isFxApplicationThread, release -> Frames.after(FRAMES, release));
    }

    @Override
    public synchronized void execute(Runnable work) {
        if (!held.isEmpty()) {
            held.add(work);
            return;
        }
        if (closed || !onFxThread.getAsBoolean()) {
            next.execute(work);
            return;
        }
        held.add(work);
        afterTheFrame.accept(this::release);
    }

    /** Hands on everything held, in order. */
    synchronized void release() {
        while (!held.isEmpty()) {
            next.execute(held.removeFirst());
        }
    }

    /** Hands on what is held and holds nothing more: the thread is about to stop, and held work must still run. */
    synchronized void close() {
        closed = true;
        release();
    }

    synchronized int heldCount() {
        return held.size();
    }
}
