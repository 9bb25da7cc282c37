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

    /**
     * The database a JDBC address names, e.g. {@code jdbc:postgresql://host/octopus?user=anna}: the user from the
     * address, else {@code defaultUser}; the password from the address, else from {@code password} (the
     * environment's PGPASSWORD, then a prompt). User and password are taken out of the address kept, so that it
     * can be shown and logged.
     */
    public static ServerDatabase fromUrl(String url, String defaultUser,
            java.util.function.Supplier<String> password) {
        if (!isServerUrl(url)) {
            throw new DomainException("error.database.notPostgresql", url);
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        java.util.List<String> kept = new java.util.ArrayList<>();
        String user = null;
        String givenPassword = null;
        if (query >= 0) {
            for (String parameter : url.substring(query + 1).split("&")) {
                if (parameter.startsWith("user=")) {
                    user = decoded(parameter.substring(5));
                } else if (parameter.startsWith("password=")) {
                    givenPassword = decoded(parameter.substring(9));
                } else if (!parameter.isEmpty()) {
                    kept.add(parameter);
                }
            }
        }
        String address = kept.isEmpty() ? base : base + "?" + String.join("&", kept);
        String chosenUser = user != null && !user.isBlank() ? user : defaultUser;
        if (chosenUser == null || chosenUser.isBlank()) {
            throw new DomainException("error.database.noUser", address);
        }
        String chosenPassword = givenPassword != null ? givenPassword : password.get();
        return new ServerDatabase(address, chosenUser, chosenPassword == null ? "" : chosenPassword);
    }

    private static String decoded(String value) {
        return java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
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
