package org.octopusdesk.persistence;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A migration written with the application's own jOOQ steps where SQL alone cannot say it, on Flyway's connection
 * and rendered for its engine, so that the same migration runs on H2 and on PostgreSQL. It runs in Flyway's
 * transaction and has no checksum (its steps are code, compared by the tests, not text).
 */
abstract class EngineJavaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    /** {@code description} is stored in Flyway's history and compared at each start: never change it. */
    EngineJavaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    /** The migration's work, on Flyway's connection rendered for its engine. */
    abstract void migrate(DSLContext dsl);

    @Override
    public final void migrate(Context context) {
        Engine engine = Engine.of(context.getConnection());
        migrate(DSL.using(context.getConnection(), engine.dialect(), engine.settings()));
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }
}
