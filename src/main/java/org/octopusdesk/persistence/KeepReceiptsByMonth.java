package org.octopusdesk.persistence;

import org.jooq.DSLContext;

/**
 * Migration 23.1: fills the monthly receipt summaries (created by V23) from the payments and parts a database
 * already holds, by the same statements that generated data uses ({@link ReceiptSummary#fillMonths()}), rendered by
 * jOOQ for the connection's engine.
 */
final class KeepReceiptsByMonth extends EngineJavaMigration {

    KeepReceiptsByMonth() {
        super("23.1", "keep receipts by month");
    }

    @Override
    void migrate(DSLContext dsl) {
        new ReceiptSummary(dsl).fillMonths();
    }
}
