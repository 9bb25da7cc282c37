package org.octopusdesk.persistence;

import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;

/** The database engines Octopus Desk runs on, and how jOOQ renders SQL for each. */
public enum Engine {

    /** The embedded database in the data folder: one person, one workstation. */
    H2(SQLDialect.H2, new Settings()),
    /**
     * A PostgreSQL server shared by several workstations. The jOOQ classes are generated with H2's upper-case names
     * and quote them; PostgreSQL folds the migrations' unquoted names to lower case, so names are rendered in lower
     * case (still quoted, so that a column named like a keyword stays a column).
     */
    POSTGRESQL(SQLDialect.POSTGRES, new Settings().withRenderNameCase(RenderNameCase.LOWER));

    private final SQLDialect dialect;
    private final Settings settings;

    Engine(SQLDialect dialect, Settings settings) {
        this.dialect = dialect;
        this.settings = settings;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** The folder of this engine's own migrations, under db/vendor. */
    public String folderName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** A copy: jOOQ's settings are mutable. */
    public Settings settings() {
        return (Settings) settings.clone();
    }

    /** The engine of an open connection, for the Java migrations that run inside Flyway's own connection. */
    static Engine of(java.sql.Connection connection) {
        try {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                    .contains("postgres") ? POSTGRESQL : H2;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot tell the database engine", e);
        }
    }
}
