package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.FileDatabaseSettingsStore;
import org.octopusdesk.service.DatabaseSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File › Database… in the real window: a PostgreSQL server chosen for the next start, with its backup note. */
@ExtendWith(ApplicationExtension.class)
class DatabaseSettingsWindowTest {

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
    void choosesAServerForTheNextStart(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        robot.clickOn("#menu-file").clickOn("#menu-file-database");
        waitUntil(() -> robot.lookup("#database-settings").tryQuery().isPresent());
        assertThat(robot.lookup("#database-host").queryAs(javafx.scene.control.TextField.class).isDisabled())
                .as("the server's fields wait for the server choice").isTrue();

        robot.clickOn("#database-server");
        robot.clickOn("#database-host").write("db.coe.int");
        robot.clickOn("#database-user").write("anna");
        waitUntil(() -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.isVisible() && label.getText() != null
                        && label.getText().startsWith("Octopus Desk makes backups")));
        snapshot(robot, "database-settings");
        robot.clickOn("#database-save");

        waitUntil(() -> Files.exists(folder.resolve("database.properties")));
        assertThat(new FileDatabaseSettingsStore(folder).load()).isEqualTo(new DatabaseSettings(
                DatabaseSettings.Kind.POSTGRESQL, "db.coe.int", 5432, "octopus", "anna"));
        assertThat(new FileDatabaseSettingsStore(folder).password()).isEmpty();
        waitUntil(() -> robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText() != null && label.getText().startsWith("Saved. Close Octopus")));
        robot.clickOn("OK");
    }

    /** A picture of the dialog in target/screenshots, to look at it as a person would. */
    private static void snapshot(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Path output = Path.of("target", "screenshots");
        Files.createDirectories(output);
        var scene = robot.lookup("#database-settings").query().getScene();
        WaitForAsyncUtils.asyncFx(() -> ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                scene.snapshot(null), null), "png", output.resolve(name + ".png").toFile())).get();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(120, condition);
    }
}
