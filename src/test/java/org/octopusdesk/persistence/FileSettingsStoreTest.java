package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.service.Settings;

class FileSettingsStoreTest {

    @TempDir
    Path folder;

    @Test
    void remembersLanguageAndWindow() {
        Settings settings = new Settings("fr", new Settings.WindowBounds(10, 20, 1200, 800, true));

        new FileSettingsStore(folder).save(settings);

        assertThat(new FileSettingsStore(folder).load()).isEqualTo(settings);
    }

    @Test
    void aMissingOrDamagedFileReadsAsTheDefaults() throws Exception {
        assertThat(new FileSettingsStore(folder).load()).isEqualTo(Settings.DEFAULT);

        Files.writeString(folder.resolve(FileSettingsStore.FILE_NAME), "language=fr\nwindow.x=abc\n");

        assertThat(new FileSettingsStore(folder).load()).isEqualTo(new Settings("fr", null));
    }
}
