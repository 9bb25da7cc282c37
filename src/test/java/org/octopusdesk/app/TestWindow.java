package org.octopusdesk.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.Settings;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window over a copy of a database with the ECB history, on {@link TestDatabase#TODAY}: the set-up the
 * window tests share. The history is loaded once per test class into a template, then copied for each test.
 */
final class TestWindow {

    private static final String DATABASE_FILE = "octopus-desk.mv.db";

    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private DesktopApp app;

    /** Fills {@code template} with a database holding the shipped ECB history; call once per class. */
    static void prepareTemplate(Path template) {
        try (TestDatabase database = new TestDatabase(template)) {
            database.rates().importShippedHistory(share -> { });
        }
    }

    /** Opens the window on {@code stage} over a copy of {@code template} in {@code folder}; on the FX thread. */
    void open(Path template, Path folder, Stage stage) throws IOException {
        Files.copy(template.resolve(DATABASE_FILE), folder.resolve(DATABASE_FILE));
        Clock clock = Clock.fixed(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        app = new DesktopApp(folder, null, true, path -> Backend.open(path, clock), new FileSettingsStore(folder),
                Settings.DEFAULT, exitCode::set);
        app.start(stage);
    }

    /** Closes the window as a person would and waits until the application has released its data folder. */
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.shutdown(0)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> exitCode.get() == 0);
    }
}
