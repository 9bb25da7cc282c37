package org.octopusdesk.service;

import java.util.Objects;
import org.octopusdesk.domain.DomainException;

/**
 * A PostgreSQL database on a server, shared by several workstations: its JDBC address without the password, the
 * database user and the password. The user is kept apart because it names the person: the audit trail records it.
 *
 * @param jdbcUrl {@code jdbc:postgresql://host[:port]/database[?options]}, without user or password
 * @param user the database account of the person at this workstation
 * @param password the account's password; empty where the server asks for none
 */
public record ServerDatabase(String jdbcUrl, String user, String password) {

    private static final String PREFIX = "jdbc:postgresql://";
    /** PostgreSQL's default port, when the address names none. */
    public static final int DEFAULT_PORT = 5432;

    public ServerDatabase {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.startsWith(PREFIX)) {
            throw new DomainException("error.database.notPostgresql", jdbcUrl);
        }
        if (user.isBlank()) {
            throw new DomainException("error.database.noUser", jdbcUrl);
        }
    }

    /**
     * The database at {@code host:port/name} as Settings describe it, with TLS whenever the server offers it.
     */
    public static ServerDatabase of(String host, int port, String database, String user, String password) {
        if (host.isBlank() || database.isBlank() || port <= 0 || port > 65_535) {
            throw new DomainException("error.database.incomplete");
        }
        return new ServerDatabase(PREFIX + host.strip() + ":" + port + "/" + database.strip() + "?sslmode=prefer",
                user.strip(), password);
    }

    /** Whether {@code url} names a PostgreSQL database, the only kind of server Octopus Desk works with. */
    public static boolean isServerUrl(String url) {
        return url != null && url.startsWith(PREFIX);
    }

    /** The address as shown to a person and written in logs: never the password. */
    public String described() {
        return user + " @ " + jdbcUrl;
    }

    @Override
    public String toString() {
        return "ServerDatabase[" + described() + "]";
    }
}
