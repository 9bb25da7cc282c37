package org.octopusdesk.service.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.audit.AuditRow;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.people.Person;
import org.octopusdesk.domain.people.PersonDraft;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.persistence.PostgresTestServer;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.service.StorageException;

/** The administrator's work on the people of a server database (decision 0034). Always on PostgreSQL. */
class PeopleServiceTest {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @TempDir
    Path folder;

    @Test
    void theOwnerAddsAPersonChangesTheRoleAndDisablesTheLoginEachWithItsAuditEntry() {
        ServerDatabase server = PostgresTestServer.get().databaseFor(folder.resolve("owner"));
        String anna = "anna" + RUN;
        try (TestDatabase owner = new TestDatabase(folder.resolve("owner"), server)) {
            PeopleService people = owner.people();
            assertThat(people.available()).isTrue();
            assertThat(people.session().unrestricted()).isTrue();

            people.add(new PersonDraft(anna, "a long password", Role.ASSISTANT));
            people.changeRole(anna, Role.STAFF);
            people.setLogin(anna, false);

            assertThat(people.list()).contains(new Person(anna, Role.STAFF, false));
            assertThat(owner.audit().latest(PeopleService.AUDIT_TYPE, anna, 10)).extracting(AuditRow::entry)
                    .extracting(AuditEntry::action, AuditEntry::newValues)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.UPDATE, "person.canLogin: false"),
                            org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.UPDATE, "person.role: staff"),
                            org.assertj.core.groups.Tuple.tuple(AuditEntry.Action.CREATE,
                                    "person.canLogin: true\nperson.role: assistant"));
            assertThatThrownBy(() -> people.add(new PersonDraft(anna, "another long one", Role.STAFF)))
                    .isInstanceOfSatisfying(DomainException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.server.person.exists"));
        }
        ServerDatabase asAnna = new ServerDatabase(server.jdbcUrl(), anna, "");
        assertThatThrownBy(() -> new TestDatabase(folder.resolve("anna"), asAnna))
                .isInstanceOfSatisfying(StorageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.database.login"));
    }

    @Test
    void anAdministratorManagesPeopleAndAnotherRoleIsToldWhyNot() {
        ServerDatabase server = PostgresTestServer.get().databaseFor(folder.resolve("owner"));
        String admin = "adm" + RUN;
        String staff = "sam" + RUN;
        try (TestDatabase owner = new TestDatabase(folder.resolve("owner"), server)) {
            owner.people().add(new PersonDraft(admin, "a long password", Role.ADMINISTRATOR));
            owner.people().add(new PersonDraft(staff, "a long password", Role.STAFF));
        }
        try (TestDatabase administrator = new TestDatabase(folder.resolve("admin"),
                new ServerDatabase(server.jdbcUrl(), admin, ""))) {
            PeopleService people = administrator.people();
            assertThat(people.session().roles()).containsExactly(Role.ADMINISTRATOR);
            assertThat(people.session().may(Permission.CHANGE_MONEY)).isFalse();
            people.changeRole(staff, Role.PROGRAMME_MANAGER);
            assertThat(people.list()).contains(new Person(staff, Role.PROGRAMME_MANAGER, true));
            assertThatThrownBy(() -> people.setLogin(admin, false))
                    .isInstanceOfSatisfying(DomainException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.person.disableSelf"));
            assertThatThrownBy(() -> people.add(new PersonDraft("Anna Smith", "short", Role.STAFF)))
                    .isInstanceOfSatisfying(ValidationException.class, refused -> assertThat(refused.errors())
                            .extracting(error -> error.field() + " " + error.messageKey())
                            .containsExactly("login validation.person.loginForm",
                                    "password validation.person.passwordShort"));
        }
        try (TestDatabase manager = new TestDatabase(folder.resolve("manager"),
                new ServerDatabase(server.jdbcUrl(), staff, ""))) {
            assertThat(manager.people().session().may(Permission.CANCEL_PLEDGE)).isTrue();
            assertThatThrownBy(() -> manager.people().changeRole(admin, Role.STAFF))
                    .isInstanceOfSatisfying(RoleRefusedException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("role.cannot.managePeople");
                        assertThat(refused.arguments()).containsExactly(Role.PROGRAMME_MANAGER);
                    });
        }
    }

    @Test
    void theEmbeddedDatabaseHasNoPeopleAndItsPersonMayDoEverything() {
        assumeThat(TestDatabase.onPostgresql()).as("the embedded database's case").isFalse();
        try (TestDatabase embedded = new TestDatabase(folder)) {
            assertThat(embedded.people().available()).isFalse();
            assertThat(embedded.people().session().may(Permission.MANAGE_PEOPLE)).isTrue();
            assertThat(embedded.people().session().may(Permission.CANCEL_PLEDGE)).isTrue();
            assertThatThrownBy(() -> embedded.people().list())
                    .isInstanceOfSatisfying(DomainException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.people.embedded"));
        }
    }
}
