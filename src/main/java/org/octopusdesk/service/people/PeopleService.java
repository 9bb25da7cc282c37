package org.octopusdesk.service.people;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.people.Person;
import org.octopusdesk.domain.people.PersonDraft;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.domain.people.SessionRoles;
import org.octopusdesk.service.Transactions;
import org.octopusdesk.service.audit.Auditor;

/**
 * The people of an office on a server database, and the roles of this session (decision 0034). On the embedded
 * database there are no people to manage: one person works there and may do everything.
 */
public final class PeopleService {

    static final String AUDIT_TYPE = "person";

    private final Optional<PeopleDirectory> directory;
    private final Transactions transactions;
    private final Auditor auditor;
    private final SessionRoles session;

    /**
     * @param directory the server's people; empty on the embedded database
     * @param embeddedUser who works on the embedded database (the operating-system user)
     */
    public PeopleService(Optional<PeopleDirectory> directory, Transactions transactions, Auditor auditor,
            String embeddedUser) {
        this.directory = directory;
        this.transactions = transactions;
        this.auditor = auditor;
        this.session = directory.map(PeopleDirectory::sessionRoles)
                .orElseGet(() -> SessionRoles.unrestricted(embeddedUser));
    }

    /** Whether this database has people and roles: a server database. */
    public boolean available() {
        return directory.isPresent();
    }

    /** What this session's account may do, read once when the database was opened. */
    public SessionRoles session() {
        return session;
    }

    /** Refuses, with the reason, what this session's role may not do; before any statement is sent. */
    public void require(Permission permission) {
        session.refusal(permission).ifPresent(refusal -> {
            throw new RoleRefusedException(refusal);
        });
    }

    public List<Person> list() {
        return server().list();
    }

    public void add(PersonDraft draft) {
        PeopleDirectory people = server();
        require(Permission.MANAGE_PEOPLE);
        ValidationException.throwIfAny(draft.validate());
        String login = draft.login().strip();
        transactions.inTransaction(() -> {
            people.add(login, draft.password(), draft.role());
            auditor.record(AUDIT_TYPE, login, AuditEntry.Action.CREATE, null,
                    new java.util.TreeMap<>(Map.of("person.role", draft.role().serverName(),
                            "person.canLogin", "true")));
        });
    }

    public void changeRole(String login, Role role) {
        PeopleDirectory people = server();
        require(Permission.MANAGE_PEOPLE);
        transactions.inTransaction(() -> {
            Person before = find(people, login);
            if (before.role() == role) {
                return;
            }
            people.changeRole(login, role);
            auditor.record(AUDIT_TYPE, login, AuditEntry.Action.UPDATE,
                    Map.of("person.role", before.role().serverName()), Map.of("person.role", role.serverName()));
        });
    }

    /** Disables the login, or enables it again. */
    public void setLogin(String login, boolean enabled) {
        PeopleDirectory people = server();
        require(Permission.MANAGE_PEOPLE);
        if (!enabled && login.equals(session.login())) {
            throw new DomainException("error.person.disableSelf");
        }
        transactions.inTransaction(() -> {
            Person before = find(people, login);
            if (before.canLogin() == enabled) {
                return;
            }
            people.setLogin(login, enabled);
            auditor.record(AUDIT_TYPE, login, AuditEntry.Action.UPDATE,
                    Map.of("person.canLogin", Boolean.toString(before.canLogin())),
                    Map.of("person.canLogin", Boolean.toString(enabled)));
        });
    }

    private static Person find(PeopleDirectory people, String login) {
        return people.list().stream().filter(person -> person.login().equals(login)).findFirst()
                .orElseThrow(() -> new DomainException("error.person.unknown", login));
    }

    private PeopleDirectory server() {
        return directory.orElseThrow(() -> new DomainException("error.people.embedded"));
    }
}
