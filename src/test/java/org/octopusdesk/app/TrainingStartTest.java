package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.Settings;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: the start the installers' build records for the class-data-sharing archive (`--cds-training`) shows
 * the main screen, visits every area (decision 0033) and then closes by itself (the exit code comes once the data
 * folder is closed); the window carries the application's icon.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingStartTest {

    /** A visit of every area takes seconds; on a machine shared with other builds, many times that. */
    private static final long TRAINING_LIMIT_SECONDS = 180;

    @TempDir
    Path folder;
    private Stage stage;
    private final AtomicInteger exitCode = new AtomicInteger(-1);

    /** Loads the ECB history once, outside the window's start, which must finish within TestFX's time limit. */
    @BeforeAll
    static void loadRatesOnce(@TempDir Path warmUp) {
        TestDatabase.withRates(warmUp).close();
    }

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
        TestDatabase.withRates(folder).close();
        Clock clock = Clock.fixed(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        DesktopApp app = new DesktopApp(folder, null, true, path -> Backend.open(path, clock),
                new FileSettingsStore(folder), Settings.DEFAULT, exitCode::set);
        app.closeWhenReady();
        app.start(stage);
    }

    @Test
    void theTrainingStartShowsTheMainScreenVisitsEveryAreaThenClosesByItself() throws Exception {
        WaitForAsyncUtils.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS, () -> exitCode.get() == 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getScene().getRoot().lookup(".sidebar")).as("the main screen was shown").isNotNull();
        assertThat(stage.getScene().getRoot().lookup("#nav-reports")).as("the last area was reached")
                .extracting(node -> ((javafx.scene.control.ToggleButton) node).isSelected()).isEqualTo(true);
        assertThat(stage.isShowing()).isFalse();
    }

    @Test
    void theWindowCarriesTheApplicationsIconInSeveralSizes() throws Exception {
        assertThat(stage.getIcons()).extracting(Image::getWidth).containsExactly(16.0, 32.0, 64.0, 256.0);
        assertThat(stage.getIcons()).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
        WaitForAsyncUtils.waitFor(TRAINING_LIMIT_SECONDS, TimeUnit.SECONDS, () -> exitCode.get() == 0);
    }
}
