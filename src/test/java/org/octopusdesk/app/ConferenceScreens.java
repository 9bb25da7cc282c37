package org.octopusdesk.app;

import static org.octopusdesk.app.ScreenshotTour.dialogScene;
import static org.octopusdesk.app.ScreenshotTour.save;
import static org.octopusdesk.app.ScreenshotTour.setDate;
import static org.octopusdesk.app.ScreenshotTour.waitFor;

import java.time.LocalDate;
import javafx.stage.Stage;
import org.octopusdesk.domain.conference.Participant;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Conferences area's part of the screenshot tour. */
final class ConferenceScreens {

    private ConferenceScreens() {
    }

    /** The editions, a new (made-up) 2027 edition with a day of programme, one clash in it, and the forms. */
    static void tour(FxRobot robot, Stage stage, String language) throws Exception {
        robot.clickOn("#nav-conferences");
        waitFor(() -> robot.lookup("#conferences-table").queryTableView().getItems().size() == 9);
        robot.clickOn("Octopus Conference 2019");
        waitFor(() -> robot.lookup("#conference-detail-title").tryQuery().isPresent());
        save(stage.getScene(), language + "-40-conferences");
        robot.clickOn("#conference-new");
        waitFor(() -> robot.lookup("#conference-editor").tryQuery().isPresent());
        // Replaced whole: typing over the proposed title left part of it behind ("…2027erence 2024").
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#conference-title").queryAs(javafx.scene.control.TextField.class)
                .setText("Octopus Conference 2027")).get();
        robot.clickOn("#conference-year").eraseText(6).write("2027");
        setDate(robot, "#conference-start", LocalDate.of(2027, 11, 17));
        setDate(robot, "#conference-end", LocalDate.of(2027, 11, 19));
        robot.clickOn("#conference-venue").write("Palais de l’Europe");
        robot.clickOn("#conference-city").write("Strasbourg, France");
        WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.ComboBox<org.octopusdesk.domain.project.Project> project =
                    robot.lookup("#conference-project").query();
            project.setValue(project.getItems().stream().filter(one -> one != null && one.code().equals("OCTOPUS"))
                    .findFirst().orElseThrow());
        }).get();
        save(dialogScene(robot, "#conference-editor"), language + "-41-conference-editor");
        robot.clickOn("#conference-save");
        waitFor(() -> robot.lookup("#conference-editor").tryQuery().isEmpty());
        robot.clickOn("#conference-tab-programme");
        // Made-up sessions and people, for the picture only.
        String[][] sessions = {
            {"09:00", "10:30", "Room 1", "Opening", "Ingrid Vasquez; Council of Europe",
                "Tomás Ó Briain; Ministry of Justice; Ireland\nMarie-Hélène Lefèvre-Dubœuf; Gendarmerie; France",
                "PLENARY"},
            {"11:00", "12:30", "Room 1", "Workshop 1: Electronic evidence in the cloud", "",
                "Zoë Ørsted; Police; DK", "WORKSHOP"},
            {"11:00", "13:00", "Room 2", "Workshop 2: Capacity building", "Ana Lee; ; Philippines",
                "Marie-Hélène Lefèvre-Dubœuf; Gendarmerie; France", "WORKSHOP"},
            {"12:00", "13:00", "Room 9", "Side event: Criminal justice statistics", "",
                "Marie-Hélène Lefèvre-Dubœuf; ; FR", "SIDE_EVENT"},
        };
        for (String[] session : sessions) {
            robot.clickOn("#session-new");
            waitFor(() -> robot.lookup("#session-editor").tryQuery().isPresent());
            robot.clickOn("#session-start").write(session[0]);
            robot.clickOn("#session-end").write(session[1]);
            robot.clickOn("#session-room").write(session[2]);
            robot.clickOn("#session-title").write(session[3]);
            robot.clickOn("#session-moderators").write(session[4]);
            robot.clickOn("#session-speakers").write(session[5]);
            var kind = org.octopusdesk.domain.conference.SessionKind.valueOf(session[6]);
            WaitForAsyncUtils.asyncFx(() -> robot.lookup("#session-kind")
                    .<javafx.scene.control.ComboBox<Object>>query().setValue(kind)).get();
            if (session[2].equals("Room 9")) {
                save(dialogScene(robot, "#session-editor"), language + "-43-session-editor");
            }
            robot.clickOn("#session-save");
            waitFor(() -> robot.lookup("#session-editor").tryQuery().isEmpty());
        }
        waitFor(() -> robot.lookup(".programme-session-clash").queryAll().size() == 2);
        save(stage.getScene(), language + "-42-programme-day");
        participants(robot, stage, language);
        budget(robot, stage, language);
        logistics(robot, stage, language);
    }

    /** The 2027 edition's budget: made-up lines in three currencies, planned on the last day of shipped rates. */
    static void budget(FxRobot robot, Stage stage, String language) throws Exception {
        robot.clickOn("#conference-tab-budget");
        String[][] lines = {{"VENUE", "Palais de l’Europe, 3 days", "45000", "EUR", "41250"},
            {"INTERPRETATION", "English–French, 2 booths", "12000", "GBP", ""},
            {"FUNDED_TRAVEL", "Flights of 20 funded participants", "30000", "CAD", "14000"},
            {"CATERING", "Coffee breaks and lunches", "18000", "EUR", ""}};
        for (String[] line : lines) {
            robot.clickOn("#budget-line-new");
            waitFor(() -> robot.lookup("#budget-line-editor").tryQuery().isPresent());
            var category = org.octopusdesk.domain.conference.BudgetCategory.valueOf(line[0]);
            WaitForAsyncUtils.asyncFx(() -> {
                robot.lookup("#budget-category").<javafx.scene.control.ComboBox<Object>>query().setValue(category);
                robot.lookup("#budget-currency").<javafx.scene.control.ComboBox<String>>query().getEditor()
                        .setText(line[3]);
            }).get();
            robot.clickOn("#budget-description").write(line[1]);
            robot.clickOn("#budget-amount").write(line[2]);
            setDate(robot, "#budget-planned-on", LocalDate.of(2026, 4, 13));
            if (line[3].equals("GBP")) {
                save(dialogScene(robot, "#budget-line-editor"), language + "-47-budget-line-editor");
            }
            robot.clickOn("#budget-line-save");
            waitFor(() -> robot.lookup("#budget-line-editor").tryQuery().isEmpty());
            if (!line[4].isEmpty()) {
                robot.clickOn(line[1]);
                robot.clickOn("#budget-actual-new");
                waitFor(() -> robot.lookup("#actual-cost-editor").tryQuery().isPresent());
                setDate(robot, "#actual-spent-on", LocalDate.of(2026, 4, 10));
                robot.clickOn("#actual-amount").write(line[4]);
                robot.clickOn("#actual-save");
                // The sample's Octopus Project ends on 31/12/2024, as first announced: 2026 is after it.
                waitFor(() -> robot.lookup("#dialog-confirm").tryQuery().isPresent());
                if (line[0].equals("VENUE")) {
                    save(robot.lookup(".confirmation").queryAs(javafx.scene.control.DialogPane.class).getScene(),
                            language + "-46a-actual-after-project");
                }
                robot.clickOn("#dialog-confirm");
                waitFor(() -> robot.lookup("#actual-cost-editor").tryQuery().isEmpty());
            }
        }
        waitFor(() -> robot.lookup("#budget-lines").queryTableView().getItems().size() == 4);
        waitFor(() -> robot.lookup("#budget-chart").tryQuery().isPresent());
        save(stage.getScene(), language + "-46-budget");
        // The balance, the funding and the chart lie below the lists: the page scrolled to its end.
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#budget-scroll").<javafx.scene.control.ScrollPane>query()
                .setVvalue(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        save(stage.getScene(), language + "-46b-budget-chart");
    }

    /**
     * The 2027 edition's logistics: the checklist's tasks, two made-up ones already late on the tour's day, one marked
     * done; the editor and the checklist template (ConferencesWindowTest follows the late task to the dashboard).
     */
    static void logistics(FxRobot robot, Stage stage, String language) throws Exception {
        robot.clickOn("#conference-tab-logistics");
        javafx.scene.control.TableView<?> tasks = robot.lookup("#logistics-table").queryTableView();
        waitFor(() -> tasks.getItems().size() == 6);
        String[][] added = {{"Sign the hotel block contract", "Conference unit", "2026-11-16", "TRAVEL"},
            {"Confirm the opening speakers", "", "2026-11-25", "OTHER"}};
        for (String[] task : added) {
            robot.clickOn("#logistics-new");
            waitFor(() -> robot.lookup("#logistics-editor").tryQuery().isPresent());
            robot.clickOn("#logistics-title").write(task[0]);
            robot.clickOn("#logistics-owner").write(task[1]);
            var category = org.octopusdesk.domain.conference.LogisticsCategory.valueOf(task[3]);
            WaitForAsyncUtils.asyncFx(() -> robot.lookup("#logistics-category")
                    .<javafx.scene.control.ComboBox<Object>>query().setValue(category)).get();
            setDate(robot, "#logistics-due", LocalDate.parse(task[2]));
            if (task[1].isEmpty()) {
                save(dialogScene(robot, "#logistics-editor"), language + "-47-logistics-editor");
            }
            robot.clickOn("#logistics-save");
            waitFor(() -> robot.lookup("#logistics-editor").tryQuery().isEmpty());
        }
        waitFor(() -> tasks.getItems().size() == 8);
        WaitForAsyncUtils.asyncFx(() -> tasks.getSelectionModel().select(2)).get();
        robot.clickOn("#logistics-done");
        waitFor(() -> robot.lookup("#logistics-summary").queryAs(javafx.scene.control.Label.class).getText()
                .contains(language.equals("fr") ? "1 faite" : "1 done"));
        save(stage.getScene(), language + "-46-logistics");
        robot.clickOn("#logistics-checklist");
        waitFor(() -> robot.lookup("#checklist-table").tryQuery().isPresent()
                && robot.lookup("#checklist-table").queryTableView().getItems().size() == 6);
        robot.clickOn(robot.lookup("#checklist-table .table-row-cell").<javafx.scene.Node>query());
        save(dialogScene(robot, "#checklist-dialog"), language + "-48-checklist-template");
        // The dialog's own Close button: the template's table keeps Escape while a row is selected.
        robot.clickOn(robot.lookup("#checklist-dialog .button-bar .button").<javafx.scene.Node>query());
        waitFor(() -> robot.lookup("#checklist-dialog").tryQuery().isEmpty());
    }

    /** The 2027 edition's participants: two made-up registrations, one funded, and the charts. */
    static void participants(FxRobot robot, Stage stage, String language) throws Exception {
        robot.clickOn("#conference-tab-participants");
        String[][] people = {{"Ioana Popescu", "Ministerul Justiției", "RO", "CRIMINAL_JUSTICE"},
            {"Sofía Núñez", "ONG Derechos Digitales", "MX", "CIVIL_SOCIETY"},
            {"Kwame Mensah", "Cyber Security Authority", "GH", "GOVERNMENT"}};
        for (String[] person : people) {
            robot.clickOn("#participant-new");
            waitFor(() -> robot.lookup("#participant-editor").tryQuery().isPresent());
            robot.clickOn("#participant-name").write(person[0]);
            robot.clickOn("#participant-organisation").write(person[1]);
            var country = new org.octopusdesk.domain.country.Country(person[2], person[2], person[2]);
            var sector = org.octopusdesk.domain.conference.Sector.valueOf(person[3]);
            WaitForAsyncUtils.asyncFx(() -> {
                javafx.scene.control.ComboBox<org.octopusdesk.domain.country.Country> box =
                        robot.lookup("#participant-country").query();
                box.setValue(box.getItems().stream().filter(one -> one.code().equals(country.code())).findFirst()
                        .orElseThrow());
                robot.lookup("#participant-sector").<javafx.scene.control.ComboBox<Object>>query().setValue(sector);
            }).get();
            robot.clickOn("#participant-consent");
            if (person[2].equals("GH")) {
                robot.clickOn("#participant-funded");
                save(dialogScene(robot, "#participant-editor"), language + "-45-participant-editor");
            }
            robot.clickOn("#participant-save");
            waitFor(() -> robot.lookup("#participant-editor").tryQuery().isEmpty());
        }
        waitFor(() -> robot.lookup("#participants-table").queryTableView().getItems().size() == 3);
        save(stage.getScene(), language + "-44-participants");
        privacy(robot, stage, language);
    }

    /** Erasing one person on request (the question names what goes and what stays), then the retention purge. */
    static void privacy(FxRobot robot, Stage stage, String language) throws Exception {
        robot.clickOn("Sofía Núñez");
        robot.clickOn("#participant-erase");
        waitFor(() -> robot.lookup(".confirmation").tryQuery().isPresent());
        javafx.scene.control.DialogPane question = robot.lookup(".confirmation").queryAs(
                javafx.scene.control.DialogPane.class);
        save(question.getScene(), language + "-46-participant-erase");
        robot.clickOn(question.lookupButton(question.getButtonTypes().stream()
                .filter(type -> type.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .findFirst().orElseThrow()));
        waitFor(() -> robot.lookup("#participants-table").<Participant>queryTableView().getItems().stream()
                .anyMatch(Participant::erased));
        save(stage.getScene(), language + "-47-participant-erased");
        robot.clickOn("#conference-purge");
        waitFor(() -> robot.lookup("#purge-dialog").tryQuery().isPresent());
        // A day after the 2027 edition's period, to show what will go then; a future day cannot be purged.
        setDate(robot, "#purge-as-of", LocalDate.of(2030, 1, 1));
        waitFor(() -> robot.lookup("#purge-lines").queryListView().getItems().size() == 1);
        save(dialogScene(robot, "#purge-dialog"), language + "-48-retention-purge");
        javafx.scene.control.DialogPane dialog = robot.lookup("#purge-dialog").queryAs(
                javafx.scene.control.DialogPane.class);
        robot.clickOn(dialog.lookupButton(javafx.scene.control.ButtonType.CLOSE));
        waitFor(() -> robot.lookup("#purge-dialog").tryQuery().isEmpty());
    }
}
