package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    void remembersEachAreasDivider() {
        Settings settings = new Settings("en", null, Map.of("contributions", 0.62, "donors", 0.3));

        new FileSettingsStore(folder).save(settings);

        assertThat(new FileSettingsStore(folder).load().dividers())
                .containsExactlyInAnyOrderEntriesOf(Map.of("contributions", 0.62, "donors", 0.3));
    }

    @Test
    void aDamagedDividerIsLeftOutAndOneAtAnEdgeComesBackWithinReach() throws Exception {
        Files.writeString(folder.resolve(FileSettingsStore.FILE_NAME),
                "divider.donors=wide\ndivider.meetings=0.0\ndivider.rates=1.7\ndivider.countries=NaN\n"
                        + "divider.projects=0.4\n");

        assertThat(new FileSettingsStore(folder).load().dividers())
                .containsExactlyInAnyOrderEntriesOf(Map.of("meetings", 0.05, "rates", 0.95, "projects", 0.4));
    }

    @Test
    void aMissingOrDamagedFileReadsAsTheDefaults() throws Exception {
        assertThat(new FileSettingsStore(folder).load()).isEqualTo(Settings.DEFAULT);

        Files.writeString(folder.resolve(FileSettingsStore.FILE_NAME), "language=fr\nwindow.x=abc\n");

        assertThat(new FileSettingsStore(folder).load()).isEqualTo(new Settings("fr", null));
    }
}
