package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Help › Audit trail… in the real window: the sample's entries listed, filtered, and the chain verified. */
@ExtendWith(ApplicationExtension.class)
class AuditTrailWindowTest {

    @TempDir
    Path folder;
    private DesktopApp app;
    private final AtomicInteger exitCode = new AtomicInteger(-1);

    /** Loads the ECB history once, outside the window's start, which must finish within TestFX's time limit. */
    @BeforeAll
    static void loadRatesOnce(@TempDir Path warmUp) {
        TestDatabase.withRates(warmUp).close();
    }

    @Start
    void start(Stage stage) {
        TestDatabase.withRates(folder).close();
        Clock clock = Clock.fixed(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        app = new DesktopApp(folder, null, true, path -> Backend.open(path, clock), new FileSettingsStore(folder),
                Settings.DEFAULT, exitCode::set);
        app.start(stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.shutdown(0)).get();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> exitCode.get() == 0);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(30, condition);
    }

    @Test
    void listsTheEntriesAndVerifiesTheChainInTheBackground(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        robot.clickOn("#menu-help").clickOn("#menu-help-auditTrail");
        waitUntil(() -> robot.lookup("#audit-trail-table").tryQuery().isPresent()
                && !robot.lookup("#audit-trail-table").queryTableView().getItems().isEmpty());
        TableView<?> table = robot.lookup("#audit-trail-table").queryTableView();
        // Wide enough for when, who, which record and the values side by side.
        assertThat(table.getScene().getWindow().getWidth()).isGreaterThan(900);
        int all = table.getItems().size();
        // The sample's files are one entry each (decision 0016).
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#audit-record-type").queryComboBox()
                .setValue("CONTRIBUTION_FILE")).get();
        waitUntil(() -> table.getItems().size() < all && !table.getItems().isEmpty());

        robot.clickOn("#audit-verify");

        waitUntil(() -> robot.lookup("#audit-verify-outcome").queryLabeled().getText().contains("chain intact"));
        Label outcome = robot.lookup("#audit-verify-outcome").queryAs(Label.class);
        assertThat(outcome.getText()).matches("\\d+ entries verified, chain intact, last hash [0-9a-f]{64} "
                + "\\(entry \\d+\\)\\.");
        assertThat(outcome.getStyleClass()).contains("success");
        assertThat(robot.lookup("#audit-verify").queryButton().isDisabled()).isFalse();
    }
}
