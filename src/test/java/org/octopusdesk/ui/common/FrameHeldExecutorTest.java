package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The holding itself, with the thread and the frames played by hand: no toolkit. */
class FrameHeldExecutorTest {

    private final List<String> ran = new ArrayList<>();
    private final List<Runnable> framesAsked = new ArrayList<>();
    private boolean onFxThread = true;
    private final FrameHeldExecutor executor = new FrameHeldExecutor(Runnable::run, () -> onFxThread,
            framesAsked::add);

    private Runnable work(String name) {
        return () -> ran.add(name);
    }

    @Test
    void workAskedForOnTheFxThreadWaitsForTheFrameThenRunsInOrder() {
        executor.execute(work("load the list"));
        executor.execute(work("load the detail"));

        assertThat(ran).isEmpty();
        assertThat(framesAsked).as("one wait for the frame, however much is held").hasSize(1);

        framesAsked.get(0).run();

        assertThat(ran).containsExactly("load the list", "load the detail");
        assertThat(executor.heldCount()).isZero();
    }

    @Test
    void workFromAnotherThreadGoesOnAtOnceWhenNothingIsHeld() {
        onFxThread = false;

        executor.execute(work("an import's next step"));

        assertThat(ran).containsExactly("an import's next step");
        assertThat(framesAsked).isEmpty();
    }

    @Test
    void workFromAnotherThreadWaitsBehindHeldWorkSoThatTheOrderStays() {
        executor.execute(work("save the pledge"));
        onFxThread = false;
        executor.execute(work("reload the list"));

        assertThat(ran).isEmpty();

        framesAsked.get(0).run();

        assertThat(ran).containsExactly("save the pledge", "reload the list");
    }

    @Test
    void closingHandsOnWhatIsHeldAndHoldsNothingAfter() {
        executor.execute(work("save before closing"));

        executor.close();

        assertThat(ran).containsExactly("save before closing");
        executor.execute(work("after closing"));
        assertThat(ran).containsExactly("save before closing", "after closing");
        framesAsked.get(0).run();
        assertThat(ran).as("the late frame hands on nothing twice").hasSize(2);
    }

    @Test
    void aNewFrameIsAwaitedForWorkAfterTheLastRelease() {
        executor.execute(work("first area"));
        framesAsked.get(0).run();
        executor.execute(work("second area"));

        assertThat(framesAsked).hasSize(2);
        assertThat(ran).containsExactly("first area");
        framesAsked.get(1).run();
        assertThat(ran).containsExactly("first area", "second area");
    }
}
