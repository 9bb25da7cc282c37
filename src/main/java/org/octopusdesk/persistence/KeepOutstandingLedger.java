package org.octopusdesk.persistence;

import org.jooq.DSLContext;

/**
 * Migration 22.1: fills the outstanding ledger and each pledge's closing day (created by V22) from the pledges and
 * payments a database already holds, by the application's own steps ({@link OutstandingLedger}), which SQL alone
 * expresses only with window functions over every payment.
 */
final class KeepOutstandingLedger extends EngineJavaMigration {

    KeepOutstandingLedger() {
        super("22.1", "keep outstanding ledger");
    }

    @Override
    void migrate(DSLContext dsl) {
        new OutstandingLedger(dsl).rebuild();
    }
}
