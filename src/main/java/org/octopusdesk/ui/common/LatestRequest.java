package org.octopusdesk.ui.common;

import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * A kind of background request of which only the latest matters (the dashboard's money as of its date, say): a
 * request superseded before its work starts never runs its work, and an answer that arrives after a newer request
 * is dropped. Showing an area reloads it; an area shown again, or told of a change, while its first load still
 * waits for its turn would otherwise run every query twice, on the two cores the FX thread needs (decision 0042).
 */
public final class LatestRequest {

    private final AtomicLong latest = new AtomicLong();

    /**
     * Asks for {@code work} through {@code runner}, superseding any request made before; {@code onAnswer} gets its
     * result on the FX thread unless a newer request was made meanwhile. A failure is always reported.
     */
    public <T> void run(BackgroundRunner runner, Callable<T> work, Consumer<T> onAnswer,
            Consumer<Throwable> onFailure) {
        long request = latest.incrementAndGet();
        runner.run(() -> request == latest.get() ? Optional.ofNullable(work.call()) : Optional.<T>empty(),
                answer -> {
                    if (request == latest.get()) {
                        answer.ifPresent(onAnswer);
                    }
                }, onFailure);
    }

    /** Supersedes every request made so far without making one: there is nothing to ask for now. */
    public void supersede() {
        latest.incrementAndGet();
    }
}
