package org.octopusdesk.persistence;

import java.util.function.Supplier;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.octopusdesk.service.DataChanges;

/**
 * Sees every statement jOOQ runs and announces a change once a write is committed: after the outermost
 * transaction that wrote ends in a commit, or at once for a write outside any transaction. Watching the statements
 * rather than the services means that no service, present or future, can forget to announce its writes.
 */
final class WriteNotices implements ExecuteListener {

    private final DataChanges changes;
    /** How deep the calling thread is in transactions, and whether it wrote in the outermost one so far. */
    private final ThreadLocal<State> state = ThreadLocal.withInitial(State::new);

    WriteNotices(DataChanges changes) {
        this.changes = changes;
    }

    @Override
    public void executeEnd(ExecuteContext context) {
        if (context.type() == ExecuteType.READ || context.rows() == 0) {
            return;
        }
        State current = state.get();
        if (current.depth > 0) {
            current.wrote = true;
        } else {
            changes.announce();
        }
    }

    /** Runs {@code transaction} (a whole transaction, commit included) and announces its writes once committed. */
    <T> T around(Supplier<T> transaction) {
        State current = state.get();
        current.depth++;
        boolean committed = false;
        try {
            T result = transaction.get();
            committed = true;
            return result;
        } finally {
            current.depth--;
            if (current.depth == 0) {
                boolean announce = committed && current.wrote;
                current.wrote = false;
                if (announce) {
                    changes.announce();
                }
            }
        }
    }

    private static final class State {
        private int depth;
        private boolean wrote;
    }
}
