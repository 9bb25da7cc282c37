package org.octopusdesk.ui.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.people.Person;
import org.octopusdesk.domain.people.PersonDraft;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.PostgresTestServer;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** File › People as each session sees it (decision 0034). */
class PeopleViewModelTest {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final Messages messages = Messages.forLanguage("en");
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @TempDir
    Path folder;

    @Test
    void theEmbeddedDatabaseSaysWhyItHasNoPeople() {
        assumeThat(TestDatabase.onPostgresql()).as("the embedded database's case").isFalse();
        try (TestDatabase embedded = new TestDatabase(folder)) {
            PeopleViewModel model = model(embedded);

            assertThat(model.available()).isFalse();
            assertThat(model.absentReason()).contains("People and roles exist on a PostgreSQL server database only: "
                    + "this workstation works on its embedded database, where one person may do everything.");
        }
    }

    @Test
    void theOwnerAddsAPersonBesideTheFieldsRulesAndStaffSeeTheActionsDisabledWithTheReason() {
        ServerDatabase server = PostgresTestServer.get().databaseFor(folder.resolve("owner"));
        String sam = "sam" + RUN;
        try (TestDatabase owner = new TestDatabase(folder.resolve("owner"), server)) {
            PeopleViewModel model = model(owner);
            model.loginProperty().set(sam);
            model.passwordProperty().set("short");
            model.add();
            assertThat(model.fieldErrors().of(PersonDraft.PASSWORD).get()).isEqualTo("At least 12 characters.");

            model.passwordProperty().set("a long password");
            model.add();

            assertThat(dialogs.errors()).isEmpty();
            assertThat(model.people()).contains(new Person(sam, Role.STAFF, true));
            assertThat(model.loginProperty().get()).isEmpty();
            assertThat(model.sessionLine()).startsWith("You are " + server.user() + ", the owner of this database");
        }
        try (TestDatabase staff = new TestDatabase(folder.resolve("staff"),
                new ServerDatabase(server.jdbcUrl(), sam, ""))) {
            PeopleViewModel model = model(staff);
            model.load();
            model.selectedProperty().set(model.people().stream().filter(person -> person.login().equals(sam))
                    .findFirst().orElseThrow());

            assertThat(model.sessionLine()).isEqualTo("You are " + sam + ", staff.");
            assertThat(model.mayManage()).isFalse();
            assertThat(model.selectionActionsDisabled().get()).isTrue();
            assertThat(model.manageRefusal())
                    .contains("Your role, staff, cannot add people or change their roles: an administrator does.");
        }
    }

    private PeopleViewModel model(TestDatabase database) {
        return new PeopleViewModel(database.people(), new SameThreadRunner(),
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages);
    }
}
