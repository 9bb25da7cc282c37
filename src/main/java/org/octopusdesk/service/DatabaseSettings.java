package org.octopusdesk.service;

import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.domain.FieldError;

/**
 * Which database this workstation works on: the embedded one in its data folder (one person), or a PostgreSQL
 * server that several workstations share. The password is not part of it: it is asked at each start, or kept apart
 * by {@link DatabaseSettingsStore} when the person chooses so.
 *
 * @param kind embedded or server
 * @param host the server's name or address
 * @param port the server's port
 * @param database the database on the server
 * @param user the person's database account, which the audit trail names
 */
public record DatabaseSettings(Kind kind, String host, int port, String database, String user) {

    public static final String HOST = "host";
    public static final String PORT = "port";
    public static final String DATABASE = "database";
    public static final String USER = "user";

    /** The embedded database, as every installation starts. */
    public static final DatabaseSettings EMBEDDED = new DatabaseSettings(Kind.EMBEDDED, "",
            ServerDatabase.DEFAULT_PORT, "octopus", "");

    /** Where the data is. */
    public enum Kind {
        EMBEDDED, POSTGRESQL
    }

    public DatabaseSettings {
        host = host == null ? "" : host.strip();
        database = database == null ? "" : database.strip();
        user = user == null ? "" : user.strip();
    }

    /** What a server choice lacks; nothing for the embedded database, whose other fields are only kept. */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>();
        if (kind != Kind.POSTGRESQL) {
            return errors;
        }
        if (host.isEmpty()) {
            errors.add(FieldError.of(HOST, "database.settings.required"));
        } else if (!host.matches("[A-Za-z0-9.:\\[\\]-]+")) {
            errors.add(FieldError.of(HOST, "database.settings.hostInvalid"));
        }
        if (port < 1 || port > 65_535) {
            errors.add(FieldError.of(PORT, "database.settings.port"));
        }
        if (database.isEmpty()) {
            errors.add(FieldError.of(DATABASE, "database.settings.required"));
        } else if (!database.matches("[A-Za-z0-9_.-]+")) {
            errors.add(FieldError.of(DATABASE, "database.settings.name"));
        }
        if (user.isEmpty()) {
            errors.add(FieldError.of(USER, "database.settings.required"));
        }
        return errors;
    }

    /** The server database these settings name, with {@code password}. */
    public ServerDatabase server(String password) {
        return ServerDatabase.of(host, port, database, user, password);
    }
}
