package org.octopusdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.octopusdesk.cli.Environment;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.service.Settings;
import org.octopusdesk.service.Workspace;

/** The real environment of the command line: services on H2, and the JavaFX window. */
final class AppEnvironment implements Environment {

    private final Clock clock;

    AppEnvironment(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Workspace open(Path folder) {
        Logging.configure(folder);
        return Backend.open(folder, clock);
    }

    @Override
    public int openWindow(Path folder, String language, boolean loadSample) {
        Logging.configure(folder);
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger();
        FileSettingsStore settingsStore = new FileSettingsStore(folder);
        Settings settings = settingsStore.load();
        DesktopApp app = new DesktopApp(folder, language, loadSample, clock, this::open, settingsStore, settings,
                code -> {
                    exitCode.set(code);
                    Platform.exit();
                    closed.countDown();
                });
        Platform.startup(() -> app.start(new Stage()));
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return exitCode.get();
    }
}
