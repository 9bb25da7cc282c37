package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.ui.backups.BackupsViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Backups… in the real window: Back up now lists a new file. */
@ExtendWith(ApplicationExtension.class)
class BackupsWindowTest {

    @TempDir
    static Path template;

    @TempDir
    Path folder;
    private final TestWindow window = new TestWindow();

    @BeforeAll
    static void prepareTemplate() {
        TestWindow.prepareTemplate(template);
    }

    @Start
    void start(Stage stage) throws java.io.IOException {
        window.open(template, folder, stage);
    }

    @AfterEach
    void closeWindow() throws Exception {
        window.close();
    }

    @Test
    void backUpNowListsANewFile(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        robot.clickOn("#menu-file").clickOn("#menu-file-backups");
        waitUntil(() -> robot.lookup("#backups-dialog").tryQuery().isPresent());
        TableView<BackupsViewModel.Row> list = robot.lookup("#backups-list").queryTableView();
        Label folderShown = robot.lookup("#backups-folder").queryAs(Label.class);
        waitUntil(() -> folderShown.getText().equals(folder.resolve("backups").toString()));
        assertThat(list.getItems()).isEmpty();

        robot.clickOn("#backups-now");

        Label outcome = robot.lookup("#backups-outcome").queryAs(Label.class);
        waitUntil(() -> list.getItems().size() == 1);
        assertThat(list.getItems().get(0).name()).isEqualTo("octopus-desk-2026-11-28-1000.zip");
        assertThat(list.getItems().get(0).takenAt()).startsWith("28/11/2026");
        assertThat(list.getItems().get(0).size()).matches("[\\d.]+ (KB|MB)");
        assertThat(outcome.getText()).startsWith("Backup written: octopus-desk-2026-11-28-1000.zip (");
        assertThat(folder.resolve("backups").resolve("octopus-desk-2026-11-28-1000.zip")).exists();

        assertThat(outcome.getStyleClass()).contains("success");
        // The check of a backup (opened apart, money check) is BackupServiceTest's and BackupCommandTest's: here it
        // would rebuild the whole ECB history, minutes on a busy machine.
        WaitForAsyncUtils.asyncFx(() -> list.getSelectionModel().select(0)).get();
        assertThat(robot.lookup("#backups-check").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#backups-restore").queryButton().isDisabled()).isFalse();
        robot.clickOn("Close");
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(120, condition);
    }
}
