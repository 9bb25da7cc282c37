package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.PostgresTestServer;
import org.octopusdesk.service.ServerDatabase;

/** {@code people add|list|role|disable} on a real PostgreSQL server, and their refusals in words. */
class PeopleCommandTest {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @TempDir
    Path folder;

    private final TestCommandLine cli = new TestCommandLine();

    @Test
    void theOwnerAddsAnAssistantWhoMayNotManagePeopleThenChangesTheRoleAndDisablesTheLogin() {
        ServerDatabase server = PostgresTestServer.get().databaseFor(folder.resolve("owner"));
        String owner = server.jdbcUrl() + "?user=" + server.user();
        String lena = "lena" + RUN;
        Map<String, String> variables = Map.of("PGPASSWORD", server.password(),
                PeopleCommand.PASSWORD_VARIABLE, "a long password");

        assertThat(run(Map.of(PeopleCommand.PASSWORD_VARIABLE, "short"), owner, "people", "add", "Lena", "staff"))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("Login: Lower-case letters", "Password: At least 12 characters.");

        assertThat(run(variables, owner, "people", "add", lena, "assistant")).isZero();
        assertThat(cli.out.toString()).contains(lena + " was added as assistant.");

        assertThat(run(Map.of("PGPASSWORD", ""), server.jdbcUrl() + "?user=" + lena, "people", "disable", "someone"))
                .isEqualTo(1);
        assertThat(cli.err.toString().strip()).isEqualTo("Your role, assistant, cannot add people or change their "
                + "roles: an administrator does.");

        assertThat(run(variables, owner, "people", "role", lena, "programme-manager")).isZero();
        assertThat(run(variables, owner, "people", "disable", lena)).isZero();
        assertThat(run(variables, owner, "people", "list")).isZero();
        assertThat(cli.out.toString()).contains(lena + "\tprogramme-manager\tdisabled");
        assertThat(run(variables, owner, "people", "enable", lena)).isZero();
        assertThat(cli.out.toString()).contains("The login " + lena + " is enabled again.");
        assertThat(run(variables, owner, "people", "list")).isZero();
        assertThat(cli.out.toString()).contains(lena + "\tprogramme-manager\tenabled");
    }

    private int run(Map<String, String> variables, String url, String... command) {
        cli.clear();
        String[] line = new String[command.length + 4];
        line[0] = "--db-url";
        line[1] = url;
        line[2] = "--data-dir";
        line[3] = folder.resolve("workstation-" + url.hashCode()).toString();
        System.arraycopy(command, 0, line, 4, command.length);
        return cli.run(variables, line);
    }
}
