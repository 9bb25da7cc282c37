package org.octopusdesk.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.impl.DSL;

/**
 * Migration 23.1: fills the monthly receipt summaries (created by V23) from the payments and parts a database
 * already holds, by the same statements that generated data uses ({@link ReceiptSummary#fillMonths()}), rendered by
 * jOOQ for the connection's engine.
 */
final class KeepReceiptsByMonth implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("23.1");
    }

    @Override
    public String getDescription() {
        return "keep receipts by month";
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
        new ReceiptSummary(DSL.using(context.getConnection(), engine.dialect(), engine.settings())).fillMonths();
    }
}
