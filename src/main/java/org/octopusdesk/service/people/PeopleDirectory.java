package org.octopusdesk.service.people;

import java.util.List;
import org.octopusdesk.domain.people.Person;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.domain.people.SessionRoles;

/** The logins of the database server in the four roles; only a server database has them (decision 0034). */
public interface PeopleDirectory {

    /** The roles of the account this session logged in with. */
    SessionRoles sessionRoles();

    List<Person> list();

    /** Creates the login with its password, in {@code role}; in the calling transaction. */
    void add(String login, String password, Role role);

    /** Puts the login in {@code role} and out of the others. */
    void changeRole(String login, Role role);

    /** Lets the login connect, or no more (its sessions already open go on until they close). */
    void setLogin(String login, boolean enabled);
}
