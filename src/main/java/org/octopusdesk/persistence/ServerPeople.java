package org.octopusdesk.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.octopusdesk.domain.people.Person;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.domain.people.SessionRoles;
import org.octopusdesk.service.people.PeopleDirectory;

/**
 * The people of a PostgreSQL database, through the functions of V25: the administrator's changes run with the
 * database owner's right to create roles, and only on logins in the four roles (decision 0034).
 */
final class ServerPeople implements PeopleDirectory {

    private final DSLContext dsl;

    ServerPeople(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public SessionRoles sessionRoles() {
        Record session = dsl.fetchSingle("SELECT current_user AS login, r.rolsuper OR current_user = "
                + "(SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'payment') "
                + "AS unrestricted, ARRAY(SELECT kind FROM unnest(ARRAY['administrator', 'programme_manager', "
                + "'assistant', 'staff']) kind WHERE pg_has_role(current_user, octopus_role_name(kind), 'MEMBER')) "
                + "AS roles FROM pg_roles r WHERE r.rolname = current_user");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) session.get("roles", String[].class))
                .forEach(name -> Role.fromServerName(name).ifPresent(roles::add));
        return new SessionRoles(session.get("login", String.class), roles,
                Boolean.TRUE.equals(session.get("unrestricted", Boolean.class)));
    }

    @Override
    public List<Person> list() {
        return dsl.fetch("SELECT login, kind, can_login FROM octopus_people()").stream()
                .map(row -> new Person(row.get("login", String.class),
                        Role.fromServerName(row.get("kind", String.class)).orElseThrow(),
                        Boolean.TRUE.equals(row.get("can_login", Boolean.class))))
                .toList();
    }

    /** Through the connection itself, so that no statement log of jOOQ ever holds the password. */
    @Override
    public void add(String login, String password, Role role) {
        dsl.connection(connection -> {
            try (PreparedStatement add = connection.prepareStatement("SELECT octopus_add_person(?, ?, ?)")) {
                add.setString(1, login);
                add.setString(2, password);
                add.setString(3, role.serverName());
                add.execute();
            } catch (SQLException failure) {
                throw ServerRefusals.translate(failure).<RuntimeException>map(refusal -> {
                    refusal.initCause(failure);
                    return refusal;
                }).orElseThrow(() -> failure);
            }
        });
    }

    @Override
    public void changeRole(String login, Role role) {
        dsl.fetch("SELECT octopus_set_role(?, ?)", login, role.serverName());
    }

    @Override
    public void setLogin(String login, boolean enabled) {
        dsl.fetch("SELECT octopus_set_login(?, ?)", login, enabled);
    }
}
