package org.octopusdesk.persistence;

import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.octopusdesk.service.Transactions;

/**
 * Transactions bound to the calling thread: repositories built on the same {@link DSLContext} take part in
 * them without being handed a connection.
 */
public final class JooqTransactions implements Transactions {

    private final DSLContext dsl;
    private final WriteNotices notices;

    JooqTransactions(DSLContext dsl, WriteNotices notices) {
        this.dsl = dsl;
        this.notices = notices;
    }

    /** Runs {@code work} in a transaction; once it is committed, its writes are announced (see WriteNotices). */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return notices.around(() -> dsl.transactionResult(work::get));
    }
}
