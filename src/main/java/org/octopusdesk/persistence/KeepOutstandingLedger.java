package org.octopusdesk.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.impl.DSL;

/**
 * Migration 22.1: fills the outstanding ledger and each pledge's closing day (created by V22) from the pledges and
 * payments a database already holds, by the application's own steps ({@link OutstandingLedger}), which SQL alone
 * expresses only with window functions over every payment.
 */
final class KeepOutstandingLedger implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("22.1");
    }

    @Override
    public String getDescription() {
        return "keep outstanding ledger";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) {
        // Flyway's own connection, rendered for its engine: the same migration runs on H2 and on PostgreSQL.
        Engine engine = Engine.of(context.getConnection());
        new OutstandingLedger(DSL.using(context.getConnection(), engine.dialect(), engine.settings())).rebuild();
    }
}
