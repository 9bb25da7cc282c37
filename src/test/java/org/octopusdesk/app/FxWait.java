package org.octopusdesk.app;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in a window test until a condition on the window holds. The condition is read on the FX thread, as the
 * window's own code reads it: a lookup walked from the test's thread while the FX thread lays out a closing dialog
 * or replaces a list's rows can see a scene graph half changed.
 */
final class FxWait {

    private static final long POLL_MILLIS = 20;

    private FxWait() {
    }

    /** Returns once {@code condition} holds and the FX events it caused are handled; else times out. */
    static void until(long seconds, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!holds(condition)) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("The window did not reach the expected state in " + seconds + " s");
            }
            Thread.sleep(POLL_MILLIS);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean holds(Callable<Boolean> condition) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException notYet) {
            // A lookup that finds nothing yet throws; the window is still on its way.
            return false;
        }
    }
}
