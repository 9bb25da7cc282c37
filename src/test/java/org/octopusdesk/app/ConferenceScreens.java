package org.octopusdesk.app;

import static org.octopusdesk.app.ScreenshotTour.dialogScene;
import static org.octopusdesk.app.ScreenshotTour.save;
import static org.octopusdesk.app.ScreenshotTour.setDate;
import static org.octopusdesk.app.ScreenshotTour.waitFor;

import java.time.LocalDate;
import javafx.stage.Stage;
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
        robot.clickOn("#conference-title").eraseText(30).write("Octopus Conference 2027");
        robot.clickOn("#conference-year").eraseText(6).write("2027");
        setDate(robot, "#conference-start", LocalDate.of(2027, 11, 17));
        setDate(robot, "#conference-end", LocalDate.of(2027, 11, 19));
        robot.clickOn("#conference-venue").write("Palais de l’Europe");
        robot.clickOn("#conference-city").write("Strasbourg, France");
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
    }
}
