package org.octopusdesk.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.FilePreferenceStore;
import org.octopusdesk.service.Settings;
import org.octopusdesk.service.SettingsStore;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FxBackgroundRunner;
import org.octopusdesk.ui.common.FxDialogService;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.Dividers;
import org.octopusdesk.ui.shell.MainWindow;
import org.octopusdesk.ui.shell.StartupPane;
import org.octopusdesk.ui.shell.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the window. The window appears at once; the data folder is opened in the background
 * behind a progress indication, and the screens are built when it is ready, and again on a change of language.
 */
final class DesktopApp {

    static final String STYLESHEET = "/org/octopusdesk/ui/octopus-desk.css";
    private static final String ICON_FOLDER = "/org/octopusdesk/ui/icon/";
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 64, 256);

    private final Path folder;
    private final boolean loadSample;
    private final Function<Path, Workspace> opener;
    private final SettingsStore settingsStore;
    private final IntConsumer onExit;
    private final FxBackgroundRunner runner = new FxBackgroundRunner();
    private final List<Area<?>> areas = Areas.inSidebarOrder();
    private Settings settings;
    /** Where each area's divider was left, kept across a change of language and saved on closing. */
    private final Dividers dividers;
    private Messages messages;
    private Stage stage;
    private Scene scene;
    private StartupPane startupPane;
    private Workspace workspace;
    private MainWindow mainWindow;
    /** The window's subscription to the data's changes, replaced with the window on a change of language. */
    private org.octopusdesk.service.DataChanges.Subscription changesSeen;
    private boolean closing;
    private boolean dressed;
    /** Asked for by the benchmark or the training start only; acts after the first main window, then is spent. */
    private Optional<StartupProbe> probe = StartupProbe.fromSystemProperty(() -> shutdown(0));

    /**
     * @param language "en" or "fr" to override the saved language, or {@code null}
     * @param settings the settings read before the window existed, so no file is read on the FX thread
     * @param onExit told the exit code once everything is saved and closed
     */
    DesktopApp(Path folder, String language, boolean loadSample, Function<Path, Workspace> opener,
            SettingsStore settingsStore, Settings settings, IntConsumer onExit) {
        this.folder = folder;
        this.loadSample = loadSample;
        this.opener = opener;
        this.settingsStore = settingsStore;
        this.settings = language == null ? settings : settings.withLanguage(language);
        this.dividers = new Dividers(settings.dividers());
        this.onExit = onExit;
    }

    /**
     * Makes the window visit every area once its main screen has been drawn, then close by itself: the installers'
     * build runs such a start to record the classes it loads in a class-data-sharing archive, so that the first
     * visit of any area, not only of the first, finds its classes there. Called before {@link #start}.
     */
    void closeWhenReady() {
        probe = Optional.of(StartupProbe.training(() -> shutdown(0)));
    }

    void start(Stage primaryStage) {
        StartupProbe.mark("toolkit");
        this.stage = primaryStage;
        useLanguage(settings.language());
        Thread.setDefaultUncaughtExceptionHandler(
                (thread, failure) -> Platform.runLater(() -> errors().report(failure)));
        // The first frame is plain text: the theme, the stylesheet and the icons come right after it (decision 0033).
        startupPane = new StartupPane(messages);
        scene = new Scene(startupPane.root(), 1200, 780);
        stage.setScene(scene);
        stage.setTitle(messages.text("app.name"));
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        restoreBounds();
        stage.setOnCloseRequest(event -> {
            event.consume();
            shutdown(0);
        });
        stage.show();
        StartupProbe.mark("shown");
        probe.ifPresent(asked -> asked.windowShown(scene));
        // After the first frame: logback starts, the data folder's opening starts and the theme's stylesheet is read
        // while that frame is rendered, rather than before it, competing with the toolkit's start for two cores.
        StartupProbe.afterNextFrame(scene, () -> Platform.runLater(() -> {
            Logging.startInBackground();
            runner.run(() -> opener.apply(folder), this::opened, failure -> {
                errors().report(failure);
                shutdown(1);
            });
            dress();
        }));
    }

    /**
     * Gives the window its theme, stylesheet and icons, once: run after its first frame, or before, by whatever
     * needs them first (a dialog, the main screen). The theme's stylesheet is then loaded while the first frame is
     * rendered, not before it.
     */
    private void dress() {
        if (dressed) {
            return;
        }
        dressed = true;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().add(DesktopApp.class.getResource(STYLESHEET).toExternalForm());
        stage.getIcons().setAll(icons());
        org.octopusdesk.ui.common.CutTitles.explainedEverywhere();
        startupPane.showBusy();
        // The renderer's first-time set-up, here behind the spinner rather than in the main screen's first frame.
        Platform.runLater(() -> org.octopusdesk.ui.shell.RendererWarmUp.once(List.copyOf(scene.getStylesheets())));
        // While the data folder opens: the areas' first shows then find the toolkit's code loaded (decision 0040).
        org.octopusdesk.ui.shell.ControlsWarmUp.start(List.copyOf(scene.getStylesheets()), messages.locale());
    }

    private void opened(Workspace opened) {
        this.workspace = opened;
        // Only a role that may enter rates loads the shipped history; the next such session does (decision 0034).
        boolean mayLoadRates = opened.people().session().may(org.octopusdesk.domain.people.Permission.ENTER_RATES);
        runner.run(() -> opened.rates().hasRates(), hasRates -> {
            if (hasRates || !mayLoadRates) {
                offerSample(opened);
            } else {
                loadShippedRates(opened);
            }
        }, errors()::report);
    }

    /** A new database gets the ECB history shipped with the application, once, with its progress shown. */
    private void loadShippedRates(Workspace opened) {
        String step = messages.text("startup.loadingRates");
        startupPane.showStep(step, 0);
        runner.runWithProgress(progress -> opened.rates().importShippedHistory(progress),
                share -> startupPane.showStep(step, share), report -> offerSample(opened), failure -> {
                    errors().report(failure);
                    offerSample(opened);
                });
    }

    private void offerSample(Workspace opened) {
        // Asked once, when the database is new; --sample-data (and `mvn javafx:run`) loads it into any empty one.
        boolean newDatabase = opened.openReport().created();
        runner.run(() -> opened.projects().isEmpty(), empty -> {
            boolean load = empty && (loadSample || newDatabase && dialogs().ask(messages.text("sample.title"),
                    messages.text("sample.question"), messages.text("sample.load"), messages.text("sample.empty")));
            if (load) {
                runner.run(() -> opened.sampleData().load(), loaded -> showMain(firstArea()), failure -> {
                    errors().report(failure);
                    showMain(firstArea());
                });
            } else {
                showMain(firstArea());
            }
        }, errors()::report);
    }

    /** Opens a file (a report) in the program the system has for it, away from the FX thread. */
    private void openDocument(Path file) {
        runner.run(() -> {
            if (!java.awt.Desktop.isDesktopSupported()
                    || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                throw new org.octopusdesk.domain.DomainException("error.openDocument.unsupported", file.toString());
            }
            java.awt.Desktop.getDesktop().open(file.toFile());
            return file;
        }, opened -> log().info("Opened {} in the system's viewer", opened), errors()::report);
    }

    private AreaId firstArea() {
        return areas.get(0).id();
    }

    private void showMain(AreaId area) {
        dress();
        UiContext context = new UiContext(workspace, runner, messages, dialogs(), errors(), stage, folder,
                Logging.logFile(folder), new FilePreferenceStore(folder), this::openDocument, dividers);
        boolean first = mainWindow == null;
        org.octopusdesk.ui.shell.ControlsWarmUp.enough();
        mainWindow = new MainWindow(context, areas, area, this::switchLanguage, () -> shutdown(0), this::restore);
        if (changesSeen != null) {
            changesSeen.close();
        }
        changesSeen = workspace.changes().subscribe(mainWindow::dataChanged);
        scene.setRoot(mainWindow.root());
        probe.ifPresent(asked -> asked.mainWindowShown(scene, areas.stream().map(Area::id).toList(),
                mainWindow::show, runner.busy()));
        probe = Optional.empty();
        if (first) {
            tellFailedBackup(workspace);
        }
    }

    /** An automatic backup that failed (closing, an upgrade, an import) is said once, at the next start. */
    private void tellFailedBackup(Workspace opened) {
        runner.run(() -> {
            var failure = opened.backups().untoldFailure();
            failure.ifPresent(told -> opened.backups().markFailureTold());
            return failure;
        }, failure -> failure.ifPresent(failed -> dialogs().showInformation(messages.text("backups.lastFailed.title"),
                new org.octopusdesk.report.BackupWords(messages).failure(failed))), errors()::report);
    }

    /**
     * Puts a prepared restore in place: the data is closed, the restored database moved in, and the folder opened
     * again on the same area, behind the start-up progress.
     */
    private void restore(org.octopusdesk.service.backup.RestorePlan plan) {
        Workspace old = workspace;
        AreaId area = mainWindow.currentArea();
        startupPane.showStep(messages.text("backups.restoring.replace"), -1);
        scene.setRoot(startupPane.root());
        runner.run(() -> {
            var backups = old.backups();
            old.close();
            backups.completeRestore(plan);
            return opener.apply(folder);
        }, reopened -> {
            workspace = reopened;
            showMain(area);
            dialogs().showInformation(messages.text("backups.restore.confirm.title"), messages.text(
                    "backups.restore.done", plan.backup().getFileName(), plan.safetyCopy().path()));
        }, failure -> {
            errors().report(failure);
            runner.run(() -> opener.apply(folder), reopened -> {
                workspace = reopened;
                showMain(area);
            }, reopenFailed -> {
                errors().report(reopenFailed);
                shutdown(1);
            });
        });
    }

    /** Rebuilds every screen in the new language, on the same area, and remembers the choice. */
    private void switchLanguage(String language) {
        settings = settings.withLanguage(language).withDividers(dividers.positions());
        Settings toSave = settings;
        runner.run(() -> {
            settingsStore.save(toSave);
            return toSave;
        }, saved -> { }, errors()::report);
        useLanguage(language);
        stage.setTitle(messages.text("app.name"));
        showMain(mainWindow == null ? firstArea() : mainWindow.currentArea());
    }

    private void useLanguage(String language) {
        messages = Messages.forLanguage(language);
        // Controls that format on their own (the date picker's calendar) follow the default locale.
        Locale.setDefault(messages.locale());
    }

    private FxDialogService dialogs() {
        dress();
        return new FxDialogService(messages, () -> stage);
    }

    private ErrorReporter errors() {
        return new ErrorReporter(dialogs(), messages, Logging.logFile(folder));
    }

    /** The application's icon in the sizes a title bar, a task bar and a window switcher pick from. */
    private static List<Image> icons() {
        return ICON_SIZES.stream()
                .map(size -> new Image(DesktopApp.class.getResource(ICON_FOLDER + "octopus-desk-" + size + ".png")
                        .toExternalForm()))
                .toList();
    }

    private void restoreBounds() {
        settings.windowBounds()
                .filter(bounds -> !Screen.getScreensForRectangle(bounds.x(), bounds.y(), bounds.width(),
                        bounds.height()).isEmpty())
                .ifPresentOrElse(bounds -> {
                    stage.setX(bounds.x());
                    stage.setY(bounds.y());
                    stage.setWidth(bounds.width());
                    stage.setHeight(bounds.height());
                    stage.setMaximized(bounds.maximized());
                }, this::fitToScreen);
    }

    private void fitToScreen() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(1200, screen.getWidth()));
        stage.setHeight(Math.min(780, screen.getHeight()));
        stage.centerOnScreen();
    }

    /**
     * Remembers the window, lets background work finish (a save in flight must land), closes the database, then
     * reports the exit code. The waiting happens off the FX thread.
     */
    void shutdown(int exitCode) {
        if (closing) {
            return;
        }
        closing = true;
        Settings toSave = settings.withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized())).withDividers(dividers.positions());
        stage.hide();
        Thread closer = new Thread(() -> {
            runner.close();
            settingsStore.save(toSave);
            if (workspace != null) {
                workspace.backups().onClosing();
                workspace.close();
            }
            log().info("Octopus Desk closed");
            onExit.accept(exitCode);
        }, "octopus-desk-shutdown");
        closer.start();
    }

    /**
     * Its logger, asked for when first used rather than when the class loads: the window's start uses this class
     * before logback is ready, and would otherwise configure logback itself, in the way of the window (decision 0033).
     */
    private static Logger log() {
        return LoggerFactory.getLogger(DesktopApp.class);
    }
}
