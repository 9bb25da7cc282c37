package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.service.DatabaseSettings;

class FileDatabaseSettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void aNewFolderWorksOnTheEmbeddedDatabase() {
        assertThat(new FileDatabaseSettingsStore(folder).load()).isEqualTo(DatabaseSettings.EMBEDDED);
        assertThat(new FileDatabaseSettingsStore(folder).password()).isEmpty();
    }

    @Test
    void keepsTheServerChoiceAndAKeptPasswordReadableByTheOwnerOnly() throws Exception {
        DatabaseSettings server = new DatabaseSettings(DatabaseSettings.Kind.POSTGRESQL, "db.coe.int", 5433,
                "octopus", "anna");
        FileDatabaseSettingsStore store = new FileDatabaseSettingsStore(folder);

        store.save(server, Optional.of("s3cret"));

        FileDatabaseSettingsStore reread = new FileDatabaseSettingsStore(folder);
        assertThat(reread.load()).isEqualTo(server);
        assertThat(reread.password()).contains("s3cret");
        assertThat(Files.readString(folder.resolve(FileDatabaseSettingsStore.FILE_NAME))).doesNotContain("s3cret");
        Path kept = folder.resolve(FileDatabaseSettingsStore.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(kept))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));

        store.save(server, Optional.empty());

        assertThat(kept).doesNotExist();
        assertThat(reread.password()).isEmpty();
    }

    @Test
    void aDamagedFileFallsBackToTheEmbeddedDatabase() throws Exception {
        Files.writeString(folder.resolve(FileDatabaseSettingsStore.FILE_NAME), "kind=ORACLE\nport=x\n");

        assertThat(new FileDatabaseSettingsStore(folder).load()).isEqualTo(DatabaseSettings.EMBEDDED);
    }
}
