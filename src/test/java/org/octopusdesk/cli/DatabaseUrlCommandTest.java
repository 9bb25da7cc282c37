package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.PostgresTestServer;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ServerDatabase;

/** {@code --db-url} before a command, and {@code migrate-to}, on a real PostgreSQL server. */
class DatabaseUrlCommandTest {

    @TempDir
    Path folder;

    private final TestCommandLine cli = new TestCommandLine();

    @Test
    void copiesTheEmbeddedDatabaseToTheServerThenWorksOnItAndRefusesASecondCopy() {
        Path embedded = folder.resolve("embedded");
        try (TestDatabase database = TestDatabase.embeddedWithRates(embedded, TestDatabase.TODAY)) {
            database.sampleData().load();
            // Three months of the ECB history prove the rates' copy; all of it takes minutes on a busy machine.
            database.execute("DELETE FROM exchange_rate WHERE rate_date NOT BETWEEN DATE '2024-01-01' AND "
                    + "DATE '2024-03-31'");
        }
        ServerDatabase server = PostgresTestServer.get().createDatabase(null);
        String url = server.jdbcUrl() + "?user=" + server.user();
        Map<String, String> password = Map.of("PGPASSWORD", server.password());

        int copied = cli.run(password, "--data-dir", embedded.toString(), "migrate-to", "--db-url", url);

        assertThat(cli.err.toString()).isEmpty();
        assertThat(copied).isZero();
        assertThat(cli.out.toString())
                .contains("Copied " + embedded, "payment", "payment.eur_amount", "Every count and every sum matches")
                .doesNotContain("password");

        cli.clear();
        int listed = cli.run(password, "--db-url", url, "--data-dir", folder.resolve("workstation").toString(),
                "projects", "list");
        assertThat(listed).isZero();
        assertThat(cli.out.toString()).contains("Cybercrime@Octopus");

        cli.clear();
        int again = cli.run(password, "--data-dir", embedded.toString(), "migrate-to", "--db-url", url);
        assertThat(again).isEqualTo(1);
        assertThat(cli.err.toString()).contains("already holds records");
    }

    @Test
    void anAddressThatIsNotPostgresqlIsRefusedInWords() {
        int code = cli.run(Map.of(), "--db-url", "jdbc:mysql://host/db", "--data-dir", folder.toString(),
                "projects", "list");

        assertThat(code).isEqualTo(1);
        assertThat(cli.err.toString()).contains("PostgreSQL servers only");
    }
}
