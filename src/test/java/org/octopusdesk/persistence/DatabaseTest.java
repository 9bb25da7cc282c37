package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.service.StorageException;

class DatabaseTest {

    @TempDir
    Path folder;

    @Test
    void createsAndMigratesANewDatabaseThenFindsItCurrent() {
        try (Database database = Database.open(folder.resolve("new"))) {
            assertThat(database.openReport().created()).isTrue();
            assertThat(database.openReport().migrationsApplied()).isPositive();
            assertThat(database.openReport().schemaVersion()).isEqualTo(TestDatabase.latestSchemaVersion());
        }
        try (Database database = Database.open(folder.resolve("new"))) {
            assertThat(database.openReport().created()).isFalse();
            assertThat(database.openReport().migrationsApplied()).isZero();
        }
    }

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedClearly() {
        try (Database first = Database.open(folder)) {
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOfSatisfying(StorageException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.storage.inUse"));
            assertThat(first.projects().count()).as("the first one still works").isZero();
        }
        Database.open(folder).close();
    }

    @Test
    void aSecondProcessOnTheSameFolderIsRefusedClearly() throws Exception {
        Process holder = ChildJvm.start(FolderHolderMain.class, folder.toString());
        try {
            assertThat(ChildJvm.output(holder).readLine()).startsWith("open ");

            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOfSatisfying(StorageException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("error.storage.inUse"));
        } finally {
            holder.destroyForcibly();
            holder.waitFor(30, TimeUnit.SECONDS);
        }
        try (Database reopened = Database.open(folder)) {
            assertThat(reopened.projects().count()).isZero();
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAlone() throws Exception {
        Database.open(folder).close();
        markAsMigratedBy("99", folder);

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(StorageException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("error.storage.tooNew");
                    assertThat(refused.arguments()).containsExactly(folder.toString(), "99",
                            TestDatabase.latestSchemaVersion());
                });
        assertThatThrownBy(() -> Database.open(folder)).as("refusing released the folder")
                .hasFieldOrPropertyWithValue("messageKey", "error.storage.tooNew");
    }

    @Test
    void aFolderThatCannotBeCreatedIsExplained() throws Exception {
        Path file = Files.writeString(folder.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> Database.open(file.resolve("data")))
                .isInstanceOfSatisfying(StorageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.storage.cannotOpen"));
    }

    @Test
    void paymentsStoredBeforeTheirPartsExistedAreSplitWhenTheDatabaseIsUpgraded() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME);
        org.flywaydb.core.Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .target("6").load().migrate();
        try (Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO donor (id, name, kind, country, created_at, updated_at) VALUES "
                    + "(1, 'Japan', 'STATE_PARTY', 'Japan', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO project (id, code, name, start_date, original_end_date, current_end_date, "
                    + "status, created_at, updated_at) VALUES (1, 'C@O', 'Cybercrime@Octopus', DATE '2014-01-01', "
                    + "DATE '2020-12-31', DATE '2020-12-31', 'CLOSED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP), "
                    + "(2, 'OCTOPUS', 'Octopus Project', DATE '2021-01-01', DATE '2024-12-31', DATE '2024-12-31', "
                    + "'RUNNING', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO contribution (id, reference, donor_id, agreement_date, amount, currency, "
                    + "paid_amount, received_eur, payment_count, status, created_at, updated_at) VALUES (1, 'JP-1', 1, "
                    + "DATE '2020-01-10', 100.01, 'EUR', 100.01, 100.01, 1, 'RECEIVED', CURRENT_TIMESTAMP, "
                    + "CURRENT_TIMESTAMP)");
            statement.execute("INSERT INTO allocation (contribution_id, position, project_id, basis, share_percent, "
                    + "fraction) VALUES (1, 1, 1, 'SHARE', 60, 0.6), (1, 2, 2, 'SHARE', 40, 0.4)");
            statement.execute("INSERT INTO payment (contribution_id, value_date, amount, currency, rate_source, "
                    + "eur_amount, created_at) VALUES (1, DATE '2020-02-03', 100.01, 'EUR', 'EURO', 100.01, "
                    + "CURRENT_TIMESTAMP)");
            // As V5's service left it: shares multiplied out at 14 decimals.
            statement.execute("INSERT INTO receipt_by_earmark VALUES (2020, 'PROJECT', 1, 60.006), "
                    + "(2020, 'PROJECT', 2, 40.004)");
            statement.execute("INSERT INTO receipt_by_donor VALUES (2020, 1, 100.01)");
        }

        try (Database database = Database.open(folder);
                Connection connection = java.sql.DriverManager.getConnection(url + ";IFEXISTS=TRUE", "sa", "")) {
            assertThat(database.openReport().schemaVersion()).isEqualTo(TestDatabase.latestSchemaVersion());
            assertThat(rows(connection, "SELECT project_id, eur_amount FROM payment_part ORDER BY project_id"))
                    .containsExactly("1 60.01", "2 40.00");
            assertThat(rows(connection, "SELECT project_id, received_eur FROM receipt_by_earmark ORDER BY project_id"))
                    .containsExactly("1 60.01", "2 40.00");
            // V27 keeps the donor's name on each pledge, the list's sort key (decision 0037).
            assertThat(rows(connection, "SELECT donor_name, id FROM contribution")).containsExactly("Japan 1");
        }
    }

    private static java.util.List<String> rows(Connection connection, String sql) throws Exception {
        java.util.List<String> rows = new java.util.ArrayList<>();
        try (Statement statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getBigDecimal(2).toPlainString());
            }
        }
        return rows;
    }

    /** What a newer Octopus Desk leaves behind: a migration this version does not know. */
    private static void markAsMigratedBy(String version, Path folder) throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve(Database.FILE_NAME);
        try (Connection connection = java.sql.DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (99, '" + version + "', 'future', 'SQL', 'V" + version + "__future.sql',"
                    + " 0, 'sa', 1, TRUE)");
        }
    }
}
