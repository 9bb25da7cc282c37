package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ComboBox;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.Settings;
import org.octopusdesk.ui.reports.PeriodPreset;
import org.octopusdesk.ui.reports.ReportKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Reports area in the real window: a donor report made, previewed page by page; a refusal said beside it. */
@ExtendWith(ApplicationExtension.class)
class ReportsWindowTest {

    @TempDir
    Path folder;
    private DesktopApp app;
    private final AtomicInteger exitCode = new AtomicInteger(-1);

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
    void makesCanadasReportAndPagesThroughIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        robot.clickOn("#nav-reports");
        waitUntil(() -> robot.lookup("#report-donor").queryComboBox().getItems().size() == 6);
        WaitForAsyncUtils.asyncFx(() -> {
            ComboBox<Donor> donor = robot.lookup("#report-donor").queryComboBox();
            donor.setValue(donor.getItems().stream().filter(each -> each != null && each.name().equals("Canada"))
                    .findFirst().orElseThrow());
            robot.lookup("#report-period").queryComboBox().setValue(PeriodPreset.SINCE_START);
        }).get();

        robot.clickOn("#report-generate");

        waitUntil(() -> "Page 1 of 2".equals(robot.lookup("#report-page").queryLabeled().getText())
                && robot.lookup("#report-preview-page").queryAs(ImageView.class).getImage() != null);
        assertThat(robot.lookup("#report-preview-page").queryAs(ImageView.class).getImage().getWidth())
                .isGreaterThan(500);
        // Opened fitted to the width: "fit width" then keeps the zoom it opened at.
        String opened = robot.lookup("#report-zoom").queryLabeled().getText();
        robot.clickOn("#report-fitWidth");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#report-zoom").queryLabeled().getText()).isEqualTo(opened);
        robot.clickOn("#report-next");
        waitUntil(() -> "Page 2 of 2".equals(robot.lookup("#report-page").queryLabeled().getText()));
        assertThat(robot.lookup("#report-next").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aProjectReportWithoutAProjectIsRefusedUnderThePicker(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        robot.clickOn("#nav-reports");
        waitUntil(() -> robot.lookup("#report-project").queryComboBox().getItems().size() == 3);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#report-kind").queryComboBox().setValue(ReportKind.PROJECT))
                .get();

        robot.clickOn("#report-generate");

        waitUntil(() -> robot.lookup("#report-project-problem").queryLabeled().isVisible());
        assertThat(robot.lookup("#report-project-problem").queryLabeled().getText())
                .isEqualTo("Choose the project of the report.");
        assertThat(robot.lookup("#report-project-problem").query().getParent())
                .as("in the project's field").isSameAs(robot.lookup("#report-project").query().getParent());
        assertThat(robot.lookup("#report-message").queryLabeled().isVisible()).isFalse();
        // A project report is about one project: the donor picker's field is hidden.
        assertThat(robot.lookup("#report-donor").query().getParent().isVisible()).isFalse();
    }
}
