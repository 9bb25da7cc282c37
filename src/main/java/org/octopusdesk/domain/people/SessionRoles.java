package org.octopusdesk.domain.people;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The roles of the account this session logged in with, read once when the database is opened.
 *
 * @param login the account
 * @param roles its Octopus Desk roles (one, normally)
 * @param unrestricted whether no role applies: the embedded database's one person, the database owner or a
 *     superuser, who may do everything
 */
public record SessionRoles(String login, Set<Role> roles, boolean unrestricted) {

    public SessionRoles {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** A session that may do everything: the embedded database's person, or the database owner. */
    public static SessionRoles unrestricted(String login) {
        return new SessionRoles(login, Set.of(), true);
    }

    public boolean may(Permission permission) {
        return unrestricted || roles.stream().anyMatch(permission.roles()::contains);
    }

    /**
     * Why this session may not do {@code permission}: empty when it may; else the role it has (the first, if it
     * has several), or empty role when the account has none of the four.
     */
    public Optional<Refusal> refusal(Permission permission) {
        if (may(permission)) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(permission, roles.stream().findFirst(), login));
    }

    /**
     * @param permission what is refused
     * @param role the role that does not have it; empty for an account with no Octopus Desk role
     * @param login the account
     */
    public record Refusal(Permission permission, Optional<Role> role, String login) {
    }
}
