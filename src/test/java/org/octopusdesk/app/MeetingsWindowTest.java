package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.persistence.FileSettingsStore;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.Settings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Meetings area in the real window: a plenary created through its form, numbered and titled, with an agenda
 * item and a decision found again in the decisions register.
 */
@ExtendWith({MeetingsWindowTest.SessionOfTheTest.class, ApplicationExtension.class})
class MeetingsWindowTest {

    /** The test's window opens as an assistant of a server database would (decision 0034, "Every screen"). */
    @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
    @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
    @interface AsAssistant {
    }

    /** Before the window starts (registered ahead of TestFX's extension): the session its test asks for. */
    static final class SessionOfTheTest implements org.junit.jupiter.api.extension.BeforeEachCallback {
        @Override
        public void beforeEach(org.junit.jupiter.api.extension.ExtensionContext context) {
            ((MeetingsWindowTest) context.getRequiredTestInstance()).assistant =
                    context.getRequiredTestMethod().isAnnotationPresent(AsAssistant.class);
        }
    }

    private boolean assistant;

    @TempDir
    Path folder;
    private DesktopApp app;
    private final AtomicInteger exitCode = new AtomicInteger(-1);

    /**
     * Loads the ECB history once, outside the window's start: a folder without rates loads them on opening, which
     * can outlast the waits below on a busy machine.
     */
    @org.junit.jupiter.api.BeforeAll
    static void loadRatesOnce(@TempDir Path warmUp) {
        TestDatabase.withRates(warmUp).close();
    }

    @Start
    void start(Stage stage) {
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            var plenary = database.meetings().seriesNamed("Plenary");
            database.meetings().create(new org.octopusdesk.domain.meeting.MeetingDraft(plenary.id(), 22,
                    java.time.LocalDate.of(2020, 6, 1), java.time.LocalDate.of(2020, 6, 1),
                    org.octopusdesk.domain.meeting.MeetingFormat.ONLINE, "", ""));
        }
        Clock clock = Clock.fixed(TestDatabase.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        // No sample data: the list holds only the meeting above, so the next number proposed is 23.
        app = new DesktopApp(folder, null, false, path -> assistant ? asAssistant(Backend.open(path, clock))
                : Backend.open(path, clock), new FileSettingsStore(folder), Settings.DEFAULT, exitCode::set);
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

    private static TableView<Meeting> table(FxRobot robot) {
        return robot.lookup("#meetings-table").queryTableView();
    }

    private static void typeDate(FxRobot robot, String id, String text) {
        robot.clickOn(robot.lookup(id).queryAs(DatePicker.class).getEditor()).write(text);
    }

    /**
     * The embedded database over which the window thinks it is an assistant's session: the same workspace, whose
     * people say so. The server's refusals are RoleGrantsTest's; this is what the window shows.
     */
    private static org.octopusdesk.service.Workspace asAssistant(Backend backend) {
        var session = new org.octopusdesk.domain.people.SessionRoles("anna",
                java.util.Set.of(org.octopusdesk.domain.people.Role.ASSISTANT), false);
        var directory = (org.octopusdesk.service.people.PeopleDirectory) java.lang.reflect.Proxy.newProxyInstance(
                MeetingsWindowTest.class.getClassLoader(),
                new Class<?>[] {org.octopusdesk.service.people.PeopleDirectory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sessionRoles")) {
                        return session;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        var people = new org.octopusdesk.service.people.PeopleService(java.util.Optional.of(directory), null, null,
                "anna");
        return (org.octopusdesk.service.Workspace) java.lang.reflect.Proxy.newProxyInstance(
                MeetingsWindowTest.class.getClassLoader(), new Class<?>[] {org.octopusdesk.service.Workspace.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("people")) {
                        return people;
                    }
                    try {
                        return method.invoke(backend, args);
                    } catch (java.lang.reflect.InvocationTargetException failure) {
                        throw failure.getCause();
                    }
                });
    }

    @Test
    @AsAssistant
    void anAssistantSeesNewMeetingDisabledWithTheReasonInTheAreaAndTheMenu(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        robot.clickOn("#nav-meetings");
        waitUntil(() -> table(robot).getItems().size() == 1);

        assertThat(robot.lookup("#meeting-new").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#meeting-series-new").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#meetings-role-notice").queryLabeled().getText()).isEqualTo("Your role, assistant, "
                + "cannot change meetings or their records: staff or a programme manager do.");
        javafx.scene.control.MenuBar menu = robot.lookup("#main-menu").query();
        javafx.scene.control.MenuItem newItem = menu.getMenus().get(0).getItems().stream()
                .filter(item -> "menu-area-new".equals(item.getId())).findFirst().orElseThrow();
        assertThat(newItem.getText().replace("_", "")).isEqualTo("New meeting…");
        assertThat(newItem.isDisable()).as("File › New meeting…, and Ctrl+N with it").isTrue();
        robot.clickOn("T-CY 22");
        waitUntil(() -> robot.lookup("#agenda-add").tryQuery().isPresent());
        assertThat(robot.lookup("#meeting-edit").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#agenda-add").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#meeting-decisions-register").queryButton().isDisabled()).as("reading stays")
                .isFalse();
    }

    @Test
    void createsAPlenaryWithAnAgendaItemAndADecisionFoundInTheRegister(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#main-window").tryQuery().isPresent());
        robot.clickOn("#nav-meetings");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.clickOn("#meeting-new");
        waitUntil(() -> robot.lookup("#meeting-editor").tryQuery().isPresent()
                && "23".equals(robot.lookup("#meeting-number").queryTextInputControl().getText()));

        typeDate(robot, "#meeting-start", "30/11/2020");
        typeDate(robot, "#meeting-end", "29/11/2020");
        robot.clickOn("#meeting-venue").write("Strasbourg");
        robot.clickOn("#meeting-save");
        waitUntil(() -> robot.lookup(".field-error").queryAll().stream().anyMatch(Node::isVisible));
        assertThat(robot.lookup(".field-error").queryAll().stream().filter(Node::isVisible)
                .map(node -> ((Label) node).getText())).containsExactly("The end is before the start.");

        robot.doubleClickOn(robot.lookup("#meeting-end").queryAs(DatePicker.class).getEditor());
        robot.eraseText(12).write("30/11/2020");
        robot.clickOn("#meeting-save");

        waitUntil(() -> robot.lookup("#meeting-editor").tryQuery().isEmpty() && table(robot).getItems().size() == 2);
        waitUntil(() -> robot.lookup("#meeting-detail-title").tryQuery().isPresent());
        assertThat(robot.lookup("#meeting-detail-title").queryLabeled().getText()).isEqualTo("23rd Plenary");
        assertThat(table(robot).getItems()).extracting(Meeting::shortTitle).containsExactly("T-CY 23", "T-CY 22");

        robot.clickOn("#agenda-add");
        waitUntil(() -> robot.lookup("#agenda-editor").tryQuery().isPresent());
        robot.clickOn("#agenda-title").write("Meeting report");
        robot.clickOn("#agenda-documents").write("T-CY(2020)33");
        robot.clickOn("#agenda-save");
        waitUntil(() -> robot.lookup("#agenda-editor").tryQuery().isEmpty()
                && robot.lookup("#agenda-items").queryListView().getItems().size() == 1);
        robot.clickOn("#decision-add");
        waitUntil(() -> robot.lookup("#decision-editor").tryQuery().isPresent());
        robot.clickOn("#decision-text").write("To adopt the meeting report.");
        robot.clickOn("#decision-save");
        waitUntil(() -> robot.lookup("#decision-editor").tryQuery().isEmpty()
                && robot.lookup("#agenda-decisions").queryListView().getItems().size() == 1);

        robot.clickOn("#meeting-decisions-register");
        waitUntil(() -> robot.lookup("#register-table").tryQuery().isPresent()
                && robot.lookup("#register-table").queryTableView().getItems().size() == 1);
        robot.clickOn("#register-text").write("nothing like this");
        waitUntil(() -> robot.lookup("#register-table").queryTableView().getItems().isEmpty());
        robot.eraseText(17).write("REPORT");
        waitUntil(() -> robot.lookup("#register-table").queryTableView().getItems().size() == 1);
    }
}
