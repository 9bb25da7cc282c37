package org.octopusdesk.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import org.octopusdesk.service.ServerDatabase;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears the changes other workstations commit to the same PostgreSQL database (the notices of migration V26,
 * decision 0035) and tells them as this workstation's own data changes, so that open lists read again. One
 * connection of its own, outside the pool, listens on a daemon thread; when it drops (a server restart, a network
 * cut) it reconnects, waiting longer after each failure, and announces a change once it is back, since what was
 * committed meanwhile was not heard. Notices of this workstation's own writes are ignored: its writes announce
 * themselves as they commit.
 */
final class ServerChangeListener implements AutoCloseable {

    /** The channel the triggers of V26 notify. */
    static final String CHANNEL = "octopus_changes";
    /** Added to the workstation's application name on the listening connection, to tell it apart on the server. */
    static final String LISTENING = " listening";

    private static final Logger LOG = LoggerFactory.getLogger(ServerChangeListener.class);
    /** How long one wait for notices lasts: also how soon a closing is seen. */
    private static final int WAIT_MILLIS = 500;
    /** After this long without a notice the connection is checked, so that a silent network cut is found. */
    private static final long CHECK_AFTER_MILLIS = 30_000;
    private static final int CHECK_TIMEOUT_SECONDS = 5;
    private static final long FIRST_RETRY_MILLIS = 1_000;
    private static final long LAST_RETRY_MILLIS = 30_000;

    private final ServerDatabase server;
    private final String workstation;
    private final Runnable announce;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection listening;

    /**
     * Starts listening at once.
     *
     * @param workstation the application name of this workstation's connections, which its own notices carry
     * @param announce told, on the listening thread, when another workstation committed a change
     */
    ServerChangeListener(ServerDatabase server, String workstation, Runnable announce) {
        this.server = server;
        this.workstation = workstation;
        this.announce = announce;
        this.thread = new Thread(this::run, "octopus-server-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long retry = FIRST_RETRY_MILLIS;
        boolean missed = false;
        while (!closed) {
            try (Connection connection = connect()) {
                listening = connection;
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                retry = FIRST_RETRY_MILLIS;
                if (missed) {
                    LOG.info("Listening again for changes on {}", server.described());
                }
                // Read again once listening, the first time too: a change saved between the first read and the
                // LISTEN sent no notice this connection could hear.
                announce.run();
                listen(connection);
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.warn("Not listening for changes on {}; trying again in {} ms: {}", server.described(), retry,
                        e.getMessage());
                missed = true;
                pause(retry);
                retry = Math.min(retry * 2, LAST_RETRY_MILLIS);
            }
        }
    }

    private Connection connect() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(server.jdbcUrl());
        source.setUser(server.user());
        source.setPassword(server.password());
        source.setApplicationName(workstation + LISTENING);
        source.setConnectTimeout(ServerConnections.CONNECT_TIMEOUT_SECONDS);
        source.setTcpKeepAlive(true);
        return source.getConnection();
    }

    private void listen(Connection connection) throws SQLException {
        PGConnection listening = connection.unwrap(PGConnection.class);
        long quietSince = System.currentTimeMillis();
        while (!closed) {
            PGNotification[] notices = listening.getNotifications(WAIT_MILLIS);
            long now = System.currentTimeMillis();
            if (notices != null && notices.length > 0) {
                quietSince = now;
                // A burst of notices (another workstation's import) is one change to read again.
                if (Arrays.stream(notices).anyMatch(notice -> !isOwn(notice))) {
                    announce.run();
                }
            } else if (now - quietSince > CHECK_AFTER_MILLIS) {
                if (!connection.isValid(CHECK_TIMEOUT_SECONDS)) {
                    throw new SQLException("The listening connection no longer answers");
                }
                quietSince = now;
            }
        }
    }

    /** A notice of a statement of this workstation's own connections: "table application-name". */
    private boolean isOwn(PGNotification notice) {
        String payload = notice.getParameter();
        int space = payload.indexOf(' ');
        return space >= 0 && payload.substring(space + 1).equals(workstation);
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /**
     * Stops listening. The connection is aborted (its socket closed) rather than closed, which would wait for the
     * wait under way: closing a workstation should not take half a second more.
     */
    @Override
    public void close() {
        closed = true;
        Connection connection = listening;
        if (connection != null) {
            try {
                connection.abort(Runnable::run);
            } catch (SQLException | RuntimeException e) {
                LOG.debug("The listening connection could not be aborted; it ends with its wait", e);
            }
        }
        thread.interrupt();
        try {
            thread.join(WAIT_MILLIS * 4L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
