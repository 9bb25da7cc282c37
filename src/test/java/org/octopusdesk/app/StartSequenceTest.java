package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.control.Control;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Decision 0033: the window is drawn first, with a start-up screen of plain text, then it gets its theme and opens
 * the data folder; the areas are built only once the data is there, and the first of them is the one shown.
 */
@ExtendWith(ApplicationExtension.class)
class StartSequenceTest {

    @TempDir
    static Path template;

    @TempDir
    Path folder;
    private Stage stage;
    private DesktopApp app;
    private final CountDownLatch databaseMayOpen = new CountDownLatch(1);
    private final AtomicInteger openings = new AtomicInteger();
    private final AtomicInteger exitCode = new AtomicInteger(-1);
    private long controlsBeforeTheFirstFrame = -1;

    @BeforeAll
    static void prepareTemplate() {
        TestDatabase.withRates(template).close();
    }

    @Start
    void start(Stage primaryStage) throws java.io.IOException {
        this.stage = primaryStage;
        String file = "octopus-desk.mv.db";
        Files.copy(template.resolve(file), folder.resolve(file));
        Clock clock = Clock.fixed(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        app = new DesktopApp(folder, null, false, path -> {
            openings.incrementAndGet();
            try {
                databaseMayOpen.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Backend.open(path, clock);
        }, new FileSettingsStore(folder), Settings.DEFAULT, exitCode::set);
        app.start(stage);
        controlsBeforeTheFirstFrame = controlsIn(stage.getScene().getRoot());
    }

    private static long controlsIn(javafx.scene.Parent parent) {
        return parent.getChildrenUnmodifiable().stream().mapToLong(child -> (child instanceof Control ? 1 : 0)
                + (child instanceof javafx.scene.Parent inner ? controlsIn(inner) : 0)).sum();
    }

    @AfterEach
    void closeWindow() throws Exception {
        databaseMayOpen.countDown();
        WaitForAsyncUtils.asyncFx(() -> app.shutdown(0)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> exitCode.get() == 0);
    }

    @Test
    void theWindowIsDrawnBeforeTheDataIsOpenAndTheAreasWaitForIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> openings.get() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.isShowing()).isTrue();
        assertThat(controlsBeforeTheFirstFrame).as("a first frame of plain text: no control makes JavaFX load a "
                + "user-agent stylesheet before it").isZero();
        assertThat(robot.lookup("#startup-pane").tryQuery()).as("the start-up screen is shown").isPresent();
        assertThat(Application.getUserAgentStylesheet()).as("the theme, once the frame is drawn")
                .isEqualTo(new PrimerLight().getUserAgentStylesheet());
        assertThat(robot.lookup("#startup-pane .progress-indicator").tryQuery()).as("then the spinner").isPresent();
        assertThat(robot.lookup("#main-window").tryQuery()).as("no area before the data").isEmpty();
        assertThat(robot.lookup(".nav-button").queryAll()).isEmpty();

        databaseMayOpen.countDown();

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#main-window").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#startup-pane").tryQuery()).isEmpty();
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#dashboard-view").tryQuery()).isPresent();
        assertThat(robot.lookup("#projects-table").tryQuery()).as("an area not shown is not built").isEmpty();
        assertThat(openings.get()).isEqualTo(1);
    }
}
