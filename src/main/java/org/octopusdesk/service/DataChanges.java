package org.octopusdesk.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notice that the data of a workspace changed: told after every committed write, whichever service made it,
 * so that screens showing the data read it again. It says only that something changed, not what: a screen reads
 * all it shows again, which is cheap next to the cost of a screen that forgot one kind of change.
 *
 * <p>Listeners are called on the thread that wrote, after the commit; they must hand any screen work to their own
 * thread and return quickly.
 */
public final class DataChanges {

    private static final Logger LOG = LoggerFactory.getLogger(DataChanges.class);

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** Calls {@code listener} after each committed change, until the returned subscription is closed. */
    public Subscription subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener that a change was committed. */
    public void announce() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                // The write is committed: a failing listener must not make it look failed to its caller.
                LOG.warn("A listener of data changes failed", e);
            }
        }
    }

    /** The end of a subscription. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {

        @Override
        void close();
    }
}
