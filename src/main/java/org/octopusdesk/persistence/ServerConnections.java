package org.octopusdesk.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.service.StorageException;
import org.octopusdesk.service.backup.BackupEngine;
import org.postgresql.ds.PGConnectionPoolDataSource;

/** Connections to a PostgreSQL server, and what its refusals mean to a person. */
final class ServerConnections {

    /** Connections kept open per workstation: the window's background work and a report at most. */
    private static final int MAX_CONNECTIONS = 4;
    /** Seconds to wait for a server that does not answer, before saying so. */
    static final int CONNECT_TIMEOUT_SECONDS = 10;

    /** Backups of a server database are its administrators' work: the app's backup (H2 SCRIPT) cannot make one. */
    static final BackupEngine NO_BACKUPS = new BackupEngine() {
        @Override
        public void write(java.nio.file.Path file) {
            throw new DomainException("error.backup.serverDatabase");
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /** The session setting of the workstation's pool: no parallel workers for its queries. */
    static final String NO_PARALLEL_WORKERS = "max_parallel_workers_per_gather=0";

    private ServerConnections() {
    }

    /** The application name of one open workstation's connections: the same for all of them, unlike others'. */
    static String workstationName() {
        return "Octopus Desk " + java.util.UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * A small pool over the server. H2's pool takes any JDBC driver's pooled connections, so both engines share
     * one pool implementation and no pool library is added.
     */
    static JdbcConnectionPool pool(ServerDatabase server, String workstation) {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(server.jdbcUrl());
        source.setUser(server.user());
        source.setPassword(server.password());
        // The server's change notices carry it, so that this workstation knows its own (decision 0035).
        source.setApplicationName(workstation);
        source.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        // A person waits on every query of this pool, and each reads kept totals or a page: starting parallel
        // workers costs more than they save (the list's count: 13 ms of work, 160 ms with two workers on the
        // 2-core test server; decision 0037). The server's other clients keep its setting.
        source.setOptions("-c " + NO_PARALLEL_WORKERS);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /**
     * Whether the database's schema holds no table yet: a first set-up, which the migrations then fill. A schema
     * with tables but without Flyway's history is someone else's database and is refused.
     */
    static boolean isEmpty(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = current_schema()")) {
            boolean any = false;
            boolean history = false;
            while (tables.next()) {
                any = true;
                history |= "flyway_schema_history".equalsIgnoreCase(tables.getString(1));
            }
            if (any && !history) {
                throw new StorageException("error.database.foreign", null, connection.getCatalog());
            }
            return !any;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A failure to open the server database, in words: a wrong password is not "cannot open". */
    static StorageException refused(ServerDatabase server, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("28")) {
                    return new StorageException("error.database.login", failure, server.user(), server.jdbcUrl());
                }
                if ("3D000".equals(state)) {
                    return new StorageException("error.database.missing", failure, server.jdbcUrl());
                }
                if (state.startsWith("08")) {
                    return new StorageException("error.database.unreachable", failure, server.jdbcUrl());
                }
            }
        }
        return StorageException.cannotOpen(server.described(), failure);
    }
}
