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

    JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }
}
