package org.octopusdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.octopusdesk.cli.Environment;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.service.Settings;
import org.octopusdesk.service.Workspace;

/** The real environment of the command line: services on embedded H2 or a PostgreSQL server, and the window. */
final class AppEnvironment implements Environment {

    /** The cores a start of JavaFX keeps busy: opening the data beside it on no more than these slows it. */
    static final int CORES_TO_OPEN_AHEAD = 2;

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
    public Workspace open(Path folder, org.octopusdesk.service.ServerDatabase server) {
        Logging.configure(folder);
        return Backend.open(folder, server, clock);
    }

    @Override
    public org.octopusdesk.service.transfer.DatabaseCopy databaseCopy() {
        return new org.octopusdesk.persistence.JooqDatabaseCopy();
    }

    /**
     * Opens the window on the database the workstation's settings choose (File › Database): the embedded one, or a
     * PostgreSQL server, its password kept or asked now.
     */
    @Override
    public int openWindow(Path folder, String language, boolean loadSample, boolean closeWhenReady) {
        // Before the first logger: logback reads the folder once, when it starts (after the window's first frame).
        Logging.configure(folder);
        var store = new org.octopusdesk.persistence.FileDatabaseSettingsStore(folder);
        org.octopusdesk.service.DatabaseSettings chosen = store.load();
        if (chosen.kind() != org.octopusdesk.service.DatabaseSettings.Kind.POSTGRESQL) {
            return openWindow(folder, language, loadSample, closeWhenReady, this::open, true);
        }
        String shown = language != null ? language : new FileSettingsStore(folder).load().language();
        ServerPasswordPrompt prompt = new ServerPasswordPrompt(org.octopusdesk.i18n.Messages.forLanguage(shown));
        // Not opened ahead: the password may have to be asked in the window, which does not exist yet.
        return openWindow(folder, language, loadSample, closeWhenReady, chosenFolder -> open(chosenFolder,
                chosen.server(store.password().orElseGet(() -> prompt.ask(chosen.user(),
                        chosen.host() + ":" + chosen.port() + "/" + chosen.database())))), false);
    }

    @Override
    public int openWindow(Path folder, org.octopusdesk.service.ServerDatabase server, String language,
            boolean loadSample, boolean closeWhenReady) {
        Logging.configure(folder);
        return openWindow(folder, language, loadSample, closeWhenReady, chosen -> open(chosen, server), true);
    }

    /**
     * @param openAhead whether the data folder may be opened while JavaFX starts (decision 0033): only with more
     *     than {@value #CORES_TO_OPEN_AHEAD} cores; with fewer the opening delayed the first frame by half (measured,
     *     decision 0033, 2 December 2026), so the window opens the folder after its first frame.
     */
    private int openWindow(Path folder, String language, boolean loadSample, boolean closeWhenReady,
            java.util.function.Function<Path, Workspace> opener, boolean openAhead) {
        Logging.configure(folder);
        OpeningAhead ahead = openAhead && Runtime.getRuntime().availableProcessors() > CORES_TO_OPEN_AHEAD
                ? OpeningAhead.start(folder, opener) : null;
        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger();
        FileSettingsStore settingsStore = new FileSettingsStore(folder);
        Settings settings = settingsStore.load();
        java.util.function.Function<Path, Workspace> opening = ahead != null ? ahead : opener;
        DesktopApp app = new DesktopApp(folder, language, loadSample, opening, settingsStore, settings, code -> {
            exitCode.set(code);
            Platform.exit();
            closed.countDown();
        });
        if (closeWhenReady) {
            app.closeWhenReady();
        }
        try {
            StartupProbe.mark("fx-startup");
            ToolkitStart.runWhenStarted(() -> app.start(new Stage()));
        } catch (RuntimeException noDisplay) {
            // JavaFX finds no display (or no GTK 3): say so plainly; the command line still works.
            org.slf4j.LoggerFactory.getLogger(AppEnvironment.class).error("Cannot start the window", noDisplay);
            if (ahead != null) {
                ahead.abandon();
            }
            throw new DomainException("error.window.unavailable");
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return exitCode.get();
    }
}
