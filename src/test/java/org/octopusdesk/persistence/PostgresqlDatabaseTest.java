package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.service.StorageException;

/** Opening a PostgreSQL database: the first set-up, a second start, and what is refused. Always on PostgreSQL. */
class PostgresqlDatabaseTest {

    @TempDir
    Path folder;

    @Test
    void aFirstStartOnAnEmptyDatabaseMigratesItAndTheNextFindsItCurrent() {
        ServerDatabase empty = PostgresTestServer.get().createDatabase(null);
        try (Database database = Database.open(folder.resolve("a"), empty)) {
            assertThat(database.engine()).isEqualTo(Engine.POSTGRESQL);
            assertThat(database.openReport().created()).isTrue();
            assertThat(database.openReport().migrationsApplied()).isPositive();
            assertThat(database.openReport().schemaVersion())
                    .isEqualTo(TestDatabase.latestSchemaVersion(Engine.POSTGRESQL));
        }
        try (Database database = Database.open(folder.resolve("b"), empty)) {
            assertThat(database.openReport().created()).isFalse();
            assertThat(database.openReport().migrationsApplied()).isZero();
            assertThat(database.projects().count()).isZero();
        }
    }

    @Test
    void aDatabaseHoldingSomeoneElsesTablesIsRefusedAndLeftAlone() throws Exception {
        ServerDatabase foreign = PostgresTestServer.get().createDatabase(null);
        try (var connection = DriverManager.getConnection(foreign.jdbcUrl(), foreign.user(), foreign.password());
                var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE payroll (id INT PRIMARY KEY)");
        }

        assertThatThrownBy(() -> Database.open(folder, foreign))
                .isInstanceOfSatisfying(StorageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.database.foreign"));
        try (var connection = DriverManager.getConnection(foreign.jdbcUrl(), foreign.user(), foreign.password());
                var tables = connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
            assertThat(tables.next()).isTrue();
            assertThat(tables.getString("TABLE_NAME")).isEqualTo("payroll");
            assertThat(tables.next()).as("no table of ours was created").isFalse();
        }
    }

    @Test
    void aMissingDatabaseOrAnUnreachableServerIsSaidInWords() {
        ServerDatabase some = PostgresTestServer.get().createDatabase(null);
        ServerDatabase missing = new ServerDatabase(some.jdbcUrl() + "_missing", some.user(), "");
        assertThatThrownBy(() -> Database.open(folder.resolve("m"), missing))
                .isInstanceOfSatisfying(StorageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.database.missing"));

        ServerDatabase nowhere = new ServerDatabase("jdbc:postgresql://127.0.0.1:9/octopus", "anna", "");
        assertThatThrownBy(() -> Database.open(folder.resolve("n"), nowhere))
                .isInstanceOfSatisfying(StorageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.database.unreachable"));
    }

    @Test
    void aRefusedPasswordIsNamedAsSuch() {
        ServerDatabase server = new ServerDatabase("jdbc:postgresql://db/octopus", "anna", "wrong");
        var refusal = new RuntimeException(new java.sql.SQLException("password authentication failed", "28P01"));

        StorageException said = ServerConnections.refused(server, refusal);

        assertThat(said.messageKey()).isEqualTo("error.database.login");
        assertThat(said.arguments()).containsExactly("anna", "jdbc:postgresql://db/octopus");
    }

    @Test
    void backupsOfAServerDatabaseAreRefusedWithTheReason() {
        try (TestDatabase database = new TestDatabase(folder.resolve("w"),
                PostgresTestServer.get().databaseFor(folder.resolve("w")))) {
            assertThatThrownBy(() -> database.backups().backUpNow())
                    .isInstanceOfSatisfying(DomainException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.backup.serverDatabase"));
        }
    }
}
