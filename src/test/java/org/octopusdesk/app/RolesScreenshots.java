package org.octopusdesk.app;

import static org.octopusdesk.app.ScreenshotTour.dialogScene;
import static org.octopusdesk.app.ScreenshotTour.save;
import static org.octopusdesk.app.ScreenshotTour.waitFor;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.contribution.PaymentDraft;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.people.PersonDraft;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.persistence.PostgresTestServer;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.service.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: an assistant's window on a PostgreSQL database (decision 0034), the cancellation disabled with its
 * reason, File › People and the meetings, then staff's donors and rates, in both languages, saved to
 * {@code target/screenshots}. Run with
 * {@code mvn test -Dtest=RolesScreenshots -Doctopus.excludedGroups=none}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class RolesScreenshots {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void anAssistantsWindow(String language) throws Exception {
        Files.createDirectories(Path.of("target", "screenshots"));
        Clock clock = Clock.fixed(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ServerDatabase server = PostgresTestServer.get().databaseFor(folder.resolve("owner"));
        String assistant = "anna" + language + RUN;
        try (Backend owner = Backend.open(folder.resolve("owner"), server, clock)) {
            owner.rates().addManual("USD", LocalDate.of(2026, 11, 2), new BigDecimal("1.05"), "screenshot");
            var japan = owner.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
            var pledge = owner.contributions().create(new ContributionDraft(japan.id(), "JP-2026-01",
                    LocalDate.of(2026, 1, 15), new BigDecimal("50000"), "EUR", "", "", List.of()));
            owner.contributions().addPayment(pledge.id(), pledge.version(),
                    new PaymentDraft(LocalDate.of(2026, 11, 2), new BigDecimal("20000"), null, ""), Set.of());
            owner.people().add(new PersonDraft(assistant, "a long password", Role.ASSISTANT));
            owner.people().add(new PersonDraft("paul" + language + RUN, "a long password", Role.PROGRAMME_MANAGER));
            owner.people().add(new PersonDraft("sam" + language + RUN, "a long password", Role.STAFF));
        }
        ServerDatabase asAssistant = new ServerDatabase(server.jdbcUrl(), assistant, "");
        FxRobot robot = new FxRobot();
        Stage stage = FxToolkit.registerPrimaryStage();
        Path workstation = folder.resolve("workstation");
        DesktopApp app = new DesktopApp(workstation, language, false,
                path -> Backend.open(path, asAssistant, clock), new FileSettingsStore(workstation), Settings.DEFAULT,
                code -> { });
        WaitForAsyncUtils.asyncFx(() -> {
            app.start(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
        }).get();
        // The window is shown before the database opens; its areas are there once the workspace is.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#nav-contributions").tryQuery()
                .map(node -> node.getScene() != null && node.getScene().getWindow() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-contributions");
        waitFor(() -> robot.lookup("#contributions-table").queryTableView().getItems().size() == 1);
        robot.clickOn("JP-2026-01");
        waitFor(() -> robot.lookup("#payments-table").queryTableView().getItems().size() == 1);
        robot.clickOn("#payments-table .table-row-cell");
        save(stage.getScene(), language + "-roles-1-assistant-contributions");

        robot.clickOn("#menu-file").clickOn("#menu-file-people");
        waitFor(() -> robot.lookup("#people-table").tryQuery().isPresent()
                && robot.lookup("#people-table").queryTableView().getItems().size() >= 3);
        save(dialogScene(robot, "#people-dialog"), language + "-roles-2-people-as-assistant");
        FormKeys.escape(robot);

        // Every screen (decision 0034): the assistant's meetings, then staff's donors and rates.
        robot.clickOn("#nav-meetings");
        waitFor(() -> robot.lookup("#meetings-role-notice").tryQuery().isPresent());
        save(stage.getScene(), language + "-roles-3-assistant-meetings");
        WaitForAsyncUtils.asyncFx(() -> app.shutdown(0)).get();
        ServerDatabase asStaff = new ServerDatabase(server.jdbcUrl(), "sam" + language + RUN, "");
        Stage staffStage = FxToolkit.registerStage(Stage::new);
        Path staffWorkstation = folder.resolve("staff");
        DesktopApp staff = new DesktopApp(staffWorkstation, language, false,
                path -> Backend.open(path, asStaff, clock), new FileSettingsStore(staffWorkstation),
                Settings.DEFAULT, code -> { });
        WaitForAsyncUtils.asyncFx(() -> {
            staff.start(staffStage);
            staffStage.setWidth(1280);
            staffStage.setHeight(800);
        }).get();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#nav-donors").tryQuery()
                .map(node -> node.getScene() == staffStage.getScene()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-donors");
        waitFor(() -> robot.lookup("#donors-role-notice").tryQuery().isPresent());
        save(staffStage.getScene(), language + "-roles-4-staff-donors");
        robot.clickOn("#nav-rates");
        waitFor(() -> robot.lookup("#rates-role-notice").tryQuery().isPresent());
        save(staffStage.getScene(), language + "-roles-5-staff-rates");
        WaitForAsyncUtils.asyncFx(() -> staff.shutdown(0)).get();
        FxToolkit.cleanupStages();
    }
}
