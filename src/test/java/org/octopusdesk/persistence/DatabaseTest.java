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
