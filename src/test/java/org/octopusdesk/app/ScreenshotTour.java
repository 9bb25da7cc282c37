package org.octopusdesk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.Settings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: a tour of every screen in both languages that saves screenshots to {@code target/screenshots}, to
 * look at what was built. Run with {@code mvn test -Dtest=ScreenshotTour -Doctopus.excludedGroups=none}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class ScreenshotTour {

    private static final Path OUTPUT = Path.of("target", "screenshots");

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyScreen(String language) throws Exception {
        FxRobot robot = new FxRobot();
        Files.createDirectories(OUTPUT);
        Clock clock = Clock.fixed(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Stage stage = FxToolkit.registerPrimaryStage();
        // "Update from the ECB" goes to a local stand-in of the ECB's site, never to the internet.
        org.octopusdesk.service.rates.FakeEcbServer ecb = org.octopusdesk.service.rates.FakeEcbServer.start()
                .serve("eurofxref-hist.zip", 200, org.octopusdesk.service.rates.FakeEcbServer.zip(
                        "eurofxref-hist.csv", "Date,USD,JPY,GBP,CAD,CHF,\n"
                                + "2026-11-27,1.0512,158.73,0.83390,1.4718,0.9342,\n"
                                + "2026-11-26,1.0498,158.41,0.83412,1.4702,0.9351,\n"
                                + "2026-11-25,1.0476,158.02,0.83377,1.4689,0.9338,\n"))
                // The next update (the rates are recent by then) asks for the 90 days, and the server stalls.
                .serveStall("eurofxref-hist-90d.xml", new byte[3000]);
        System.setProperty(Backend.ECB_BASE_PROPERTY, ecb.base().toString());
        DesktopApp app = new DesktopApp(folder, language, true, path -> Backend.open(path, clock),
                new FileSettingsStore(folder), Settings.DEFAULT, code -> { });
        WaitForAsyncUtils.asyncFx(() -> {
            app.start(stage);
            stage.setWidth(1280);
            stage.setHeight(800);
        }).get();
        // A new folder first loads the ECB history, which takes longer than a screen on a busy machine.
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> robot.lookup("#main-window").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), language + "-1-dashboard");

        setDate(robot, "#dashboard-as-of", LocalDate.of(2024, 11, 1));
        save(stage.getScene(), language + "-2-dashboard-2024-11-01");
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#dashboard-view").query())
                .setVvalue(1)).get();
        // The chart comes a frame after the figures (decision 0033), then a donor's bars a frame (decision 0039).
        waitFor(() -> robot.lookup("#money-chart.bars-drawn").tryQuery().isPresent());
        waitFor(() -> robot.lookup("#money-by-project.all-rows").tryQuery().isPresent());
        save(stage.getScene(), language + "-2b-dashboard-money");

        robot.clickOn("#nav-projects");
        waitFor(() -> robot.lookup("#projects-table").queryTableView().getItems().size() == 2);
        robot.clickOn("Cybercrime@Octopus");
        waitFor(() -> robot.lookup("#project-detail-title").tryQuery().isPresent());
        save(stage.getScene(), language + "-3-projects");

        robot.clickOn("Octopus Project");
        waitFor(() -> robot.lookup("#spending-table").queryTableView().getItems().size() == 6
                && robot.lookup("#finance-time-percent").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.ScrollPane page = robot.lookup("#project-detail").query();
            javafx.scene.Node section = robot.lookup("#spending-section").query();
            double top = page.getContent().sceneToLocal(section.localToScene(0, 0)).getY() - 40;
            double room = page.getContent().getBoundsInLocal().getHeight() - page.getViewportBounds().getHeight();
            page.setVvalue(room <= 0 ? 0 : Math.max(0, Math.min(1, top / room)));
        }).get();
        save(stage.getScene(), language + "-3b-project-spending");
        robot.clickOn("#spending-new");
        waitFor(() -> robot.lookup("#expenditure-editor").tryQuery().isPresent());
        javafx.scene.control.DatePicker spentOn = robot.lookup("#expenditure-date")
                .queryAs(javafx.scene.control.DatePicker.class);
        robot.doubleClickOn(spentOn.getEditor()).eraseText(10).write("19/10/2020");
        javafx.scene.control.ComboBox<String> currency = robot.lookup("#expenditure-currency").queryComboBox();
        robot.doubleClickOn(currency.getEditor()).eraseText(3).write("CAD");
        robot.clickOn("#expenditure-amount").write(language.equals("fr") ? "250 000" : "250,000");
        robot.clickOn("#expenditure-save");
        waitFor(() -> robot.lookup("#expenditure-preview").queryLabeled().getText().contains("1,5523")
                || robot.lookup("#expenditure-preview").queryLabeled().getText().contains("1.5523"));
        save(dialogScene(robot, "#expenditure-editor"), language + "-3c-expenditure-editor");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#expenditure-editor").tryQuery().isEmpty());

        robot.clickOn("#action-edit");
        waitFor(() -> robot.lookup("#project-editor").tryQuery().isPresent());
        save(dialogScene(robot, "#project-editor"), language + "-4-project-editor");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#project-editor").tryQuery().isEmpty());

        robot.clickOn("#action-newProject");
        waitFor(() -> robot.lookup("#project-editor").tryQuery().isPresent());
        robot.clickOn("#project-code").write("C@O");
        robot.clickOn("#project-budget").write("-5");
        robot.clickOn("#project-editor-save");
        waitFor(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        save(dialogScene(robot, "#project-editor"), language + "-5-project-editor-errors");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#project-editor").tryQuery().isEmpty());

        robot.clickOn("Octopus Project");
        robot.clickOn("#action-amend");
        waitFor(() -> robot.lookup("#amendment-editor").tryQuery().isPresent());
        robot.clickOn("#amendment-save");
        save(dialogScene(robot, "#amendment-editor"), language + "-6-amendment");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#amendment-editor").tryQuery().isEmpty());

        robot.clickOn("#nav-timeline");
        // The rows come a few a frame once the projects are read (decision 0036).
        waitFor(() -> robot.lookup("#timeline-rows").tryQuery().map(rows -> ((javafx.scene.Group) rows)
                .getChildren().size() == 2).orElse(false));
        save(stage.getScene(), language + "-7-timeline");
        robot.clickOn("#timeline-zoomIn").clickOn("#timeline-zoomIn").clickOn("#timeline-zoomIn");
        save(stage.getScene(), language + "-8-timeline-zoomed");

        robot.clickOn("#nav-donors");
        waitFor(() -> robot.lookup("#donors-table").queryTableView().getItems().size() == 5);
        robot.clickOn("Canada");
        waitFor(() -> robot.lookup("#donor-detail-title").tryQuery().isPresent());
        save(stage.getScene(), language + "-11-donors");
        robot.clickOn("#donor-new");
        waitFor(() -> robot.lookup("#donor-editor").tryQuery().isPresent());
        robot.clickOn("#donor-save");
        waitFor(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        save(dialogScene(robot, "#donor-editor"), language + "-12-donor-editor");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#donor-editor").tryQuery().isEmpty());

        meetings(robot, stage, language);
        MeetingRecordsShots.take(robot, stage, language);
        FollowUpTour.run(robot, stage, language, ScreenshotTour::save);
        ConferenceScreens.tour(robot, stage, language);

        robot.clickOn("#nav-contributions");
        waitFor(() -> robot.lookup("#contributions-table").queryTableView().getItems().size() == 9);
        selectContribution(robot, "CA-2020-1");
        waitFor(() -> robot.lookup("#payments-table").queryTableView().getItems().size() == 1);
        save(stage.getScene(), language + "-14-contributions");
        // The File and Edit menus name what their keys do in this area: New pledge (Ctrl+N), Payment received…
        for (String menu : new String[] {"file", "edit"}) {
            robot.clickOn("#menu-" + menu);
            waitFor(() -> robot.lookup(".context-menu").tryQuery().isPresent());
            save(dialogScene(robot, ".context-menu"), language + "-14b-menu-" + menu + "-contributions");
            FormKeys.escape(robot);
            waitFor(() -> robot.lookup(".context-menu").tryQuery().isEmpty());
        }
        robot.clickOn("#contribution-new");
        waitFor(() -> robot.lookup("#contribution-editor").tryQuery().isPresent());
        robot.clickOn("#contribution-amount").write("1000.555");
        robot.clickOn("#contribution-save");
        waitFor(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(javafx.scene.Node::isVisible));
        save(dialogScene(robot, "#contribution-editor"), language + "-15-contribution-editor");
        // A date that does not exist keeps its text and says why, once the field is left.
        DatePicker agreed = robot.lookup("#contribution-date").queryAs(DatePicker.class);
        robot.doubleClickOn(agreed.getEditor()).eraseText(10).write("31/02/2024");
        robot.clickOn("#contribution-reference");
        waitFor(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(node -> node.isVisible()
                && ((javafx.scene.control.Label) node).getText().startsWith("31/02/2024")));
        save(dialogScene(robot, "#contribution-editor"), language + "-15b-contribution-impossible-date");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#contribution-editor").tryQuery().isEmpty());
        selectContribution(robot, "CA-2020-1");
        robot.clickOn("#contribution-edit");
        waitFor(() -> robot.lookup("#contribution-editor").tryQuery().isPresent());
        save(dialogScene(robot, "#contribution-editor"), language + "-16-contribution-split");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#contribution-editor").tryQuery().isEmpty());
        robot.clickOn("#payment-add");
        waitFor(() -> robot.lookup("#payment-editor").tryQuery().isPresent());
        robot.clickOn("#payment-amount").write("5000");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#payment-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2021, 1, 9))).get();
        waitFor(() -> robot.lookup("#payment-preview").queryLabeled().getText().contains("CAD"));
        save(dialogScene(robot, "#payment-editor"), language + "-17-payment");
        // Paid after the last stored ECB rate: the form offers to update the rates from the ECB.
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#payment-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 11, 27))).get();
        waitFor(() -> robot.lookup("#payment-preview-update").query().isVisible());
        save(dialogScene(robot, "#payment-editor"), language + "-17b-payment-rates-offer");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#payment-editor").tryQuery().isEmpty());

        // An open pledge in yen, partly received: the list, the detail and the dashboard's estimate.
        robot.clickOn("#contribution-new");
        waitFor(() -> robot.lookup("#contribution-editor").tryQuery().isPresent());
        robot.clickOn("#allocation-add");
        waitFor(() -> robot.lookup("#allocation-project-0").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.ComboBox<org.octopusdesk.domain.donor.Donor> donor =
                    robot.lookup("#contribution-donor").queryComboBox();
            donor.setValue(donor.getItems().stream().filter(each -> each.name().equals("Japan")).findFirst()
                    .orElseThrow());
            robot.lookup("#contribution-date").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 5, 12));
            javafx.scene.control.ComboBox<org.octopusdesk.ui.contributions.EarmarkTarget> project =
                    robot.lookup("#allocation-project-0").queryComboBox();
            project.setValue(project.getItems().stream().filter(each -> each.project().code().equals("OCTOPUS")
                    && each.edition() == null).findFirst().orElseThrow());
            robot.lookup("#contribution-currency").queryComboBox().getEditor().setText("JPY");
        }).get();
        robot.clickOn("#contribution-reference").write("JP-2025-1");
        robot.clickOn("#contribution-amount").write("10000000");
        robot.clickOn("#contribution-save");
        waitFor(() -> robot.lookup("#contribution-editor").tryQuery().isEmpty());
        selectContribution(robot, "JP-2025-1");
        robot.clickOn("#payment-add");
        waitFor(() -> robot.lookup("#payment-editor").tryQuery().isPresent());
        robot.doubleClickOn("#payment-amount").eraseText(15).write("4000000");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#payment-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2025, 6, 2))).get();
        waitFor(() -> robot.lookup("#payment-preview").queryLabeled().getText().contains("JPY"));
        robot.clickOn("#payment-save");
        waitFor(() -> robot.lookup("#payment-editor").tryQuery().isEmpty());
        selectContribution(robot, "JP-2025-1");
        waitFor(() -> robot.lookup("#payments-table").queryTableView().getItems().size() == 1);
        save(stage.getScene(), language + "-18-contribution-partly-received");
        robot.clickOn("#nav-dashboard");
        setDate(robot, "#dashboard-as-of", TestDatabase.TODAY);
        waitFor(() -> robot.lookup("#money-outstanding-lines").tryQuery().isPresent());
        WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.control.ScrollPane) robot.lookup("#dashboard-view").query())
                .setVvalue(1)).get();
        save(stage.getScene(), language + "-19-dashboard-outstanding");

        // A payment dated before its pledge's agreement: confirmed first, and the payments table keeps it.
        robot.clickOn("#nav-contributions");
        selectContribution(robot, "JP-2025-1");
        confirmedPayment(robot, LocalDate.of(2025, 5, 2), language + "-18b-payment-advance");
        selectContribution(robot, "JP-2025-1");
        waitFor(() -> robot.lookup("#payments-table").queryTableView().getItems().size() == 2);
        save(stage.getScene(), language + "-18c-payment-advance-confirmed");
        // The same payment once more: a repeat of one the pledge has is asked about, here confirmed.
        confirmedPayment(robot, LocalDate.of(2025, 5, 2), language + "-18d-payment-repeated");

        robot.clickOn("#nav-rates");
        waitFor(() -> robot.lookup("#rates-table").queryTableView().getItems().size() > 6000);
        robot.clickOn("#convert-amount").write("250000");
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#rates-currency").queryComboBox().setValue("CAD");
            robot.lookup("#convert-currency").queryComboBox().setValue("CAD");
            robot.lookup("#convert-date").queryAs(DatePicker.class).setValue(LocalDate.of(2020, 10, 19));
        }).get();
        robot.clickOn("#convert-run");
        waitFor(() -> !robot.lookup("#convert-result").queryLabeled().getText().isEmpty());
        save(stage.getScene(), language + "-10-rates");
        robot.clickOn("#rates-audit");
        waitFor(() -> robot.lookup("#rates-audit-dialog").tryQuery().isPresent());
        save(dialogScene(robot, "#rates-audit-dialog"), language + "-13-rates-history");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#rates-audit-dialog").tryQuery().isEmpty());
        robot.clickOn("#rates-update");
        waitFor(() -> robot.lookup(".information").tryQuery().isPresent());
        save(dialogScene(robot, ".information"), language + "-10b-rates-updated");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup(".information").tryQuery().isEmpty());
        robot.clickOn("#rates-update");
        waitFor(() -> robot.lookup("#rates-update-status").queryLabeled().getText().contains("3"));
        save(stage.getScene(), language + "-10c-rates-updating");
        robot.clickOn("#rates-update-cancel");
        waitFor(() -> !robot.lookup("#rates-update-cancel").query().isVisible()
                && !robot.lookup("#rates-table").queryTableView().getItems().isEmpty());

        robot.clickOn("#nav-reports");
        waitFor(() -> robot.lookup("#report-donor").queryComboBox().getItems().size() > 5);
        save(stage.getScene(), language + "-20-reports");
        // A period that ends before it starts: refused under the dates, which the preset below replaces.
        setDate(robot, "#report-from", LocalDate.of(2024, 12, 31));
        setDate(robot, "#report-to", LocalDate.of(2024, 1, 1));
        robot.clickOn("#report-generate");
        waitFor(() -> robot.lookup("#report-period-problem").queryLabeled().isVisible());
        save(stage.getScene(), language + "-20b-reports-period-refused");
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.ComboBox<org.octopusdesk.domain.donor.Donor> donor =
                    robot.lookup("#report-donor").queryComboBox();
            donor.setValue(donor.getItems().stream().filter(each -> each != null && each.name().equals("Canada"))
                    .findFirst().orElseThrow());
            robot.lookup("#report-period").queryComboBox()
                    .setValue(org.octopusdesk.ui.reports.PeriodPreset.SINCE_START);
        }).get();
        robot.clickOn("#report-generate");
        waitFor(() -> robot.lookup("#report-preview-page").queryAs(javafx.scene.image.ImageView.class)
                .getImage() != null);
        save(stage.getScene(), language + "-21-donor-report-preview");
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#report-kind").queryComboBox().setValue(org.octopusdesk.ui.reports.ReportKind.PROJECT);
            javafx.scene.control.ComboBox<org.octopusdesk.domain.project.Project> project =
                    robot.lookup("#report-project").queryComboBox();
            project.setValue(project.getItems().stream().filter(each -> each != null
                    && each.code().equals("OCTOPUS")).findFirst().orElseThrow());
        }).get();
        robot.clickOn("#report-generate");
        waitFor(() -> robot.lookup("#report-page").queryLabeled().getText().endsWith(" 4")
                && robot.lookup("#report-preview-page").queryAs(javafx.scene.image.ImageView.class)
                        .getImage() != null);
        robot.clickOn("#report-next").clickOn("#report-next");
        waitFor(() -> robot.lookup("#report-page").queryLabeled().getText().startsWith("Page 3"));
        save(stage.getScene(), language + "-22-project-report-preview");

        robot.clickOn("#nav-countries");
        waitFor(() -> robot.lookup("#countries-table").queryTableView().getItems().size() == 35);
        setDate(robot, "#countries-as-of", LocalDate.of(2024, 6, 20));
        waitFor(() -> robot.lookup("#countries-counts").queryLabeled().getText().contains("20/06/2024"));
        save(stage.getScene(), language + "-30-countries-chart");
        robot.clickOn("#countries-filter").write("bj");
        waitFor(() -> robot.lookup("#countries-table").queryTableView().getItems().size() == 1);
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#countries-table").queryTableView().getSelectionModel()
                .select(0)).get();
        waitFor(() -> !robot.lookup("#country-page-status").queryLabeled().getText().isEmpty());
        robot.clickOn("#country-page-log");
        waitFor(() -> robot.lookup("#assistance-editor").tryQuery().isPresent());
        setDate(robot, "#assistance-start", LocalDate.of(2024, 9, 10));
        robot.clickOn("#assistance-description").write(language.equals("fr")
                ? "Atelier sur le Deuxième Protocole" : "Workshop on the Second Protocol");
        save(dialogScene(robot, "#assistance-editor"), language + "-31-assistance-form");
        robot.clickOn("#assistance-save");
        waitFor(() -> robot.lookup("#assistance-editor").tryQuery().isEmpty()
                && !robot.lookup("#country-page-activities").queryListView().getItems().isEmpty());
        save(stage.getScene(), language + "-32-country-page");
        CountryFormsTour.run(robot, language, ScreenshotTour::save);
        robot.clickOn("#countries-tab-assistance");
        waitFor(() -> robot.lookup("#assistance-table").queryTableView().getItems().size() == 1);
        save(stage.getScene(), language + "-33-assistance-log");

        robot.clickOn("#menu-help").clickOn("#menu-help-check");
        waitFor(() -> robot.lookup("#check-summary").tryQuery().map(summary -> ((javafx.scene.control.Label) summary)
                .getStyleClass().contains("success")).orElse(false));
        save(dialogScene(robot, "#check-dialog"), language + "-23-check-data");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#check-dialog").tryQuery().isEmpty());
        robot.clickOn("#menu-file").clickOn("#menu-file-backups");
        waitFor(() -> robot.lookup("#backups-list").tryQuery().isPresent());
        robot.clickOn("#backups-now");
        waitFor(() -> !robot.lookup("#backups-list").queryTableView().getItems().isEmpty()
                && robot.lookup("#backups-outcome").queryAs(javafx.scene.control.Label.class).getStyleClass()
                        .contains("success"));
        save(dialogScene(robot, "#backups-dialog"), language + "-9b-backups");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#backups-dialog").tryQuery().isEmpty());
        robot.clickOn("#menu-help").clickOn("#menu-help-auditTrail");
        waitFor(() -> robot.lookup("#audit-trail-table").tryQuery().isPresent()
                && !robot.lookup("#audit-trail-table").queryTableView().getItems().isEmpty());
        robot.clickOn("#audit-verify");
        waitFor(() -> !robot.lookup("#audit-verify-outcome").queryLabeled().getText().isEmpty());
        save(dialogScene(robot, "#audit-trail-dialog"), language + "-9a-audit-trail");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#audit-trail-dialog").tryQuery().isEmpty());

        robot.clickOn("#menu-help").clickOn("#menu-help-about");
        waitFor(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
        save(dialogScene(robot, "#about-dialog"), language + "-9-about");
        FormKeys.escape(robot);

        WaitForAsyncUtils.asyncFx(() -> app.shutdown(0)).get();
        System.clearProperty(Backend.ECB_BASE_PROPERTY);
        ecb.close();
    }

    /** The sample's plenaries, the 23rd with an agenda item and a decision typed in, its form and the register. */
    private static void meetings(FxRobot robot, Stage stage, String language) throws Exception {
        robot.clickOn("#nav-meetings");
        waitFor(() -> robot.lookup("#meetings-table").queryTableView().getItems().size() == 21);
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.TableView<org.octopusdesk.domain.meeting.Meeting> table =
                    robot.lookup("#meetings-table").queryTableView();
            table.getSelectionModel().select(table.getItems().stream()
                    .filter(meeting -> meeting.shortTitle().equals("T-CY 23")).findFirst().orElseThrow());
        }).get();
        waitFor(() -> robot.lookup("#meeting-detail-title").tryQuery().isPresent());
        robot.clickOn("#agenda-add");
        waitFor(() -> robot.lookup("#agenda-editor").tryQuery().isPresent());
        robot.clickOn("#agenda-title").write("Second Additional Protocol");
        robot.clickOn("#agenda-documents").write("T-CY(2020)33");
        robot.clickOn("#agenda-save");
        waitFor(() -> robot.lookup("#agenda-editor").tryQuery().isEmpty()
                && robot.lookup("#agenda-items").queryListView().getItems().size() == 1);
        robot.clickOn("#decision-add");
        waitFor(() -> robot.lookup("#decision-editor").tryQuery().isPresent());
        robot.clickOn("#decision-text").write("To continue the drafting of the Protocol in 2021.");
        save(dialogScene(robot, "#decision-editor"), language + "-12e-decision-editor");
        robot.clickOn("#decision-save");
        waitFor(() -> robot.lookup("#decision-editor").tryQuery().isEmpty()
                && robot.lookup("#agenda-decisions").queryListView().getItems().size() == 1);
        save(stage.getScene(), language + "-12b-meetings");
        robot.clickOn("#meeting-new");
        waitFor(() -> robot.lookup("#meeting-editor").tryQuery().isPresent()
                && "33".equals(robot.lookup("#meeting-number").queryTextInputControl().getText()));
        save(dialogScene(robot, "#meeting-editor"), language + "-12c-meeting-editor");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#meeting-editor").tryQuery().isEmpty());
        robot.clickOn("#meeting-decisions-register");
        waitFor(() -> robot.lookup("#register-table").tryQuery().isPresent()
                && robot.lookup("#register-table").queryTableView().getItems().size() == 1);
        save(dialogScene(robot, "#decisions-register"), language + "-12d-decisions-register");
        FormKeys.escape(robot);
        waitFor(() -> robot.lookup("#decisions-register").tryQuery().isEmpty());
    }

    /**
     * A payment of JPY 1,000,000 into the selected yen pledge that needs a confirmation: the question is saved as
     * {@code shot}, then confirmed.
     */
    private static void confirmedPayment(FxRobot robot, LocalDate day, String shot) throws Exception {
        robot.clickOn("#payment-add");
        waitFor(() -> robot.lookup("#payment-editor").tryQuery().isPresent());
        robot.doubleClickOn("#payment-amount").eraseText(15).write("1000000");
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#payment-date").queryAs(DatePicker.class).setValue(day)).get();
        waitFor(() -> robot.lookup("#payment-preview").queryLabeled().getText().contains("JPY"));
        robot.clickOn("#payment-save");
        waitFor(() -> robot.lookup(".confirmation").tryQuery().isPresent());
        javafx.scene.control.DialogPane question = robot.lookup(".confirmation").queryAs(
                javafx.scene.control.DialogPane.class);
        save(question.getScene(), shot);
        robot.clickOn(question.lookupButton(question.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow()));
        waitFor(() -> robot.lookup("#payment-editor").tryQuery().isEmpty());
    }

    private static void selectContribution(FxRobot robot, String reference) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.TableView<org.octopusdesk.domain.contribution.Contribution> table =
                    robot.lookup("#contributions-table").queryTableView();
            table.getItems().stream().filter(row -> row.reference().equals(reference)).findFirst()
                    .ifPresent(row -> {
                        table.getSelectionModel().select(row);
                        table.scrollTo(row);
                    });
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void setDate(FxRobot robot, String id, LocalDate date) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> robot.lookup(id).queryAs(DatePicker.class).setValue(date)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    static Scene dialogScene(FxRobot robot, String id) {
        return robot.lookup(id).query().getScene();
    }

    /** Waits with the condition read on the FX thread: a lookup from this thread can see a list half refilled. */
    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        FxWait.until(15, condition);
    }

    static void save(Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Window window = scene.getWindow();
        WaitForAsyncUtils.asyncFx(() -> {
            var image = scene.snapshot(null);
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", OUTPUT.resolve(name + ".png").toFile());
            return window;
        }).get();
    }
}
