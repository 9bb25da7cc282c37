package org.octopusdesk.domain.people;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person does in the office, and so what the database lets their account change (decision 0034). On
 * PostgreSQL each is a group role of the server; on the embedded database there is one person and no role.
 */
public enum Role {
    /** Adds people, changes their roles, disables logins; reads everything. */
    ADMINISTRATOR("administrator"),
    /** Changes everything, cancels pledges and repairs the derived totals. */
    PROGRAMME_MANAGER("programme_manager"),
    /** Donors, pledges, payments and rates; deletes only the payments of today and cancels no pledge. */
    ASSISTANT("assistant"),
    /** Meetings and conferences; reads the money. */
    STAFF("staff");

    private final String serverName;

    Role(String serverName) {
        this.serverName = serverName;
    }

    /** The name of the role in the database's functions and in the command line. */
    public String serverName() {
        return serverName;
    }

    /** The key of the role's name in the bundles. */
    public String messageKey() {
        return "role." + serverName;
    }

    public static Optional<Role> fromServerName(String name) {
        return Arrays.stream(values()).filter(role -> role.serverName.equals(name)).findFirst();
    }
}
