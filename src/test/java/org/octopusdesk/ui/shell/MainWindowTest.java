package org.octopusdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;
import org.octopusdesk.ui.common.Shortcuts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window builds itself from a list of areas it knows nothing else about: sidebar, View menu, Ctrl+n, the File
 * and Edit items the areas contribute, views built on first show, and requests from one area to another.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private static final AreaId BETA = new AreaId("beta");
    private static final Destination<String> BETA_NOTE = Destination.of(BETA, String.class);

    @TempDir
    Path folder;
    private Stage stage;
    /** What the areas were asked to do, in order. */
    private final List<String> events = new ArrayList<>();
    private Dividers dividers = new Dividers(Map.of());
    /** The views built, by area. */
    private final Map<String, FakeView> views = new HashMap<>();

    @Start
    void start(Stage primaryStage) {
        this.stage = primaryStage;
    }

    @Test
    void buildsTheSidebarTheViewMenuAndTheShortcutsFromTheList(FxRobot robot) throws Exception {
        FakeArea alpha = new FakeArea("alpha");
        FakeArea beta = new FakeArea("beta");
        FakeArea gamma = new FakeArea("gamma");
        open(List.of(alpha, beta, gamma));

        assertThat(robot.lookup(".nav-button").queryAllAs(ToggleButton.class))
                .extracting(Node::getId, button -> button.getTooltip().getText())
                .containsExactly(tuple("nav-alpha", "test.alpha (Ctrl+1)"),
                        tuple("nav-beta", "test.beta (Ctrl+2)"),
                        tuple("nav-gamma", "test.gamma (Ctrl+3)"));
        assertThat(menu(robot, "menu-view").getItems().subList(0, 3))
                .extracting(MenuItem::getId, MenuItem::getAccelerator)
                .containsExactly(tuple("test-alpha", ctrl(KeyCode.DIGIT1)),
                        tuple("test-beta", ctrl(KeyCode.DIGIT2)),
                        tuple("test-gamma", ctrl(KeyCode.DIGIT3)));
        assertThat(events).as("only the first area is built, and it reads its data").containsExactly(
                "alpha built", "alpha reload");

        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#nav-alpha").query().requestFocus()).get();
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#nav-gamma").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#nav-gamma").query().isFocused()).as("the keyboard follows from the sidebar")
                .isTrue();
        assertThat(robot.lookup("#view-gamma").tryQuery()).isPresent();

        robot.press(KeyCode.F5).release(KeyCode.F5);
        robot.clickOn("#nav-alpha");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(events).as("a view is built once, and read again on every show and on F5").containsExactly(
                "alpha built", "alpha reload", "gamma built", "gamma reload", "gamma reload", "alpha reload");
    }

    @Test
    void aChangeOfTheDataReloadsTheAreaInViewOnceWhateverTheNumberOfNotices(FxRobot robot) throws Exception {
        MainWindow window = open(List.of(new FakeArea("alpha"), new FakeArea("beta")));

        // Two commits told while the FX thread is still busy drawing: one reload when it is free.
        WaitForAsyncUtils.asyncFx(() -> {
            Thread writer = new Thread(() -> {
                window.dataChanged();
                window.dataChanged();
            });
            writer.start();
            writer.join();
            return null;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#nav-beta");
        window.dataChanged();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(events).as("told from the writing thread, the window reloads the area in view on the FX thread")
                .containsExactly("alpha built", "alpha reload", "alpha reload", "beta built", "beta reload",
                        "beta reload");
    }

    @Test
    void theTenthAreaIsCtrl0AndLaterOnesHaveNoShortcut(FxRobot robot) throws Exception {
        open(IntStream.rangeClosed(1, 11).<Area<?>>mapToObj(n -> new FakeArea("area" + n)).toList());

        List<ToggleButton> buttons = robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().toList();
        assertThat(buttons).hasSize(11);
        assertThat(buttons.get(9).getTooltip().getText()).isEqualTo("test.area10 (Ctrl+0)");
        assertThat(buttons.get(10).getTooltip().getText()).isEqualTo("test.area11");
    }

    @Test
    void aRequestShowsTheAreaThatServesItWithFreshDataThenHandsItTheTarget(FxRobot robot) throws Exception {
        FakeArea alpha = new FakeArea("alpha");
        FakeArea beta = new FakeArea("beta").serving(BETA_NOTE);
        MainWindow window = open(List.of(alpha, beta));

        WaitForAsyncUtils.asyncFx(() -> alpha.navigator.open(BETA_NOTE, "note 7")).get();

        assertThat(window.currentArea()).isEqualTo(BETA);
        assertThat(robot.lookup("#nav-beta").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(events).containsExactly("alpha built", "alpha reload", "beta built", "beta reload",
                "beta shows note 7");
    }

    @Test
    void aDividedAreaIsShownWithItsDividerWhereItWasLeft() throws Exception {
        dividers = new Dividers(Map.of("beta", 0.7));
        MainWindow window = open(List.of(new FakeArea("alpha").divided(), new FakeArea("beta").divided()));

        WaitForAsyncUtils.asyncFx(() -> window.show(BETA)).get();

        assertThat(dividerOf("beta")).as("as left").isCloseTo(0.7, within(0.01));
        assertThat(dividerOf("alpha")).as("never arranged: the area's own").isCloseTo(0.5, within(0.01));
    }

    private double dividerOf(String area) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ((SplitPane) views.get(area).root())
                .getDividers().get(0).getPosition()).get();
    }

    @Test
    void menuEntriesShowTheirAreaFirstAndSelectionEntriesActOnlyWhereThePersonIs(FxRobot robot) throws Exception {
        FakeArea alpha = new FakeArea("alpha");
        FakeArea beta = new FakeArea("beta")
                .with(new MenuEntry<>(MenuSection.FILE_NEW, "test.new", null, KeyCode.N, view -> view.did("new")))
                .with(new MenuEntry<>(MenuSection.EDIT_SELECTION, "test.edit", null, KeyCode.E,
                        view -> view.did("edit")));
        open(List.of(alpha, beta));
        assertThat(menu(robot, "menu-file").getItems()).extracting(item -> item instanceof SeparatorMenuItem
                ? "—" : item.getId()).containsExactly("test-new", "—", "menu-file-backups", "menu-file-database",
                        "menu-file-people", "—", "menu-file-quit");
        assertThat(menu(robot, "menu-edit").getItems()).extracting(MenuItem::getId).containsExactly("test-edit");

        press(robot, KeyCode.E);
        press(robot, KeyCode.E);
        robot.clickOn("#nav-alpha");
        press(robot, KeyCode.N);

        assertThat(events).containsExactly("alpha built", "alpha reload",
                "beta built", "beta reload", "beta edit",
                "alpha reload",
                "beta reload", "beta new");
    }

    @Test
    void newEditAndDeleteNameAndRunTheActionOfTheAreaInViewOnly(FxRobot robot) throws Exception {
        FakeArea alpha = new FakeArea("alpha")
                .with(MenuEntry.of(MenuSection.NEW, "test.newAlpha", null, view -> view.did("new")))
                .with(MenuEntry.of(MenuSection.DELETE, "test.deleteAlpha", null, view -> view.did("delete")));
        FakeArea beta = new FakeArea("beta")
                .with(MenuEntry.of(MenuSection.NEW, "test.newBeta", null, view -> view.did("new")));
        FakeArea gamma = new FakeArea("gamma");
        open(List.of(alpha, beta, gamma));
        MenuItem create = menu(robot, "menu-file").getItems().get(0);
        MenuItem delete = menu(robot, "menu-edit").getItems().get(0);
        assertThat(create.getAccelerator()).isEqualTo(ctrl(KeyCode.N));
        assertThat(delete.getAccelerator()).isEqualTo(Shortcuts.DELETE);
        assertThat(create.getText().replace("_", "")).isEqualTo("test.newAlpha");

        press(robot, KeyCode.N);
        press(robot, KeyCode.DELETE);
        press(robot, KeyCode.DIGIT2);
        assertThat(create.getText().replace("_", "")).isEqualTo("test.newBeta");
        assertThat(delete.isDisable()).as("beta deletes nothing").isTrue();
        assertThat(delete.getText().replace("_", "")).isEqualTo("Delete…");
        press(robot, KeyCode.N);
        press(robot, KeyCode.DELETE);
        press(robot, KeyCode.DIGIT3);
        press(robot, KeyCode.N);

        assertThat(create.isDisable()).isTrue();
        assertThat(events).as("each key acted where the person was, and nowhere else").containsExactly(
                "alpha built", "alpha reload", "alpha new", "alpha delete",
                "beta built", "beta reload", "beta new",
                "gamma built", "gamma reload");
    }

    @Test
    void givesEveryMenuAndItemItsOwnAltLetter(FxRobot robot) throws Exception {
        open(List.of(new FakeArea("alpha"), new FakeArea("beta")
                .with(new MenuEntry<>(MenuSection.FILE_NEW, "test.apple", null, null, view -> { }))
                .with(new MenuEntry<>(MenuSection.FILE_NEW, "test.avocado", null, null, view -> { }))));

        MenuBar bar = robot.lookup("#main-menu").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(MenuItem::getText)
                .containsExactly("_File", "_Edit", "_View", "_Help");
        assertThat(menu(robot, "menu-file").getItems())
                .as("the second item whose first word starts with t takes the start of its next word")
                .extracting(item -> item instanceof SeparatorMenuItem ? "—" : item.getText())
                .containsExactly("_test.apple", "test._avocado", "—", "_Backups…", "_Database…", "_People…", "—",
                        "_Quit");
    }

        @Test
    void refusesTwoItemsOnOneShortcutAndTwoAreasOfOneName() {
        FakeArea taken = new FakeArea("beta").with(new MenuEntry<>(MenuSection.FILE_NEW, "test.new", null,
                KeyCode.DIGIT1, view -> view.did("new")));
        assertThatThrownBy(() -> open(List.of(new FakeArea("alpha"), taken)))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> open(List.of(new FakeArea("alpha"), new FakeArea("alpha"))))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalArgumentException.class);
    }

    private MainWindow open(List<Area<?>> areas) throws Exception {
        Messages messages = Messages.forLanguage("en");
        ScriptedDialogs dialogs = new ScriptedDialogs();
        Path logFile = folder.resolve("octopus-desk.log");
        // The fake areas use no service: the window itself never touches the workspace.
        UiContext context = new UiContext(null, new SameThreadRunner(), messages, dialogs,
                new ErrorReporter(dialogs, messages, logFile), stage, folder, logFile, null, file -> { },
                dividers);
        MainWindow window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow built = new MainWindow(context, areas, areas.get(0).id(), language -> { }, () -> { });
            stage.setScene(new Scene(built.root(), 900, 600));
            stage.show();
            return built;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        return window;
    }

    private static void press(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Menu menu(FxRobot robot, String id) {
        return robot.lookup("#main-menu").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> id.equals(menu.getId())).findFirst().orElseThrow();
    }

    private static KeyCombination ctrl(KeyCode key) {
        return new KeyCodeCombination(key, KeyCombination.SHORTCUT_DOWN);
    }

    /** A view that is a label, or two divided, and says in the shared log what it was asked. */
    private final class FakeView implements AreaView {

        private final String name;
        private final Node root;

        FakeView(String name, boolean divided) {
            this.name = name;
            this.root = divided ? new SplitPane(new StackPane(new Label(name)),
                    new StackPane(new Label("detail")))
                    : new Label(name);
            root.setId("view-" + name);
            views.put(name, this);
        }

        @Override
        public Optional<SplitPane> divided() {
            return root instanceof SplitPane split ? Optional.of(split)
                    : Optional.empty();
        }

        @Override
        public Node root() {
            return root;
        }

        @Override
        public void reload() {
            did("reload");
        }

        void did(String what) {
            events.add(name + " " + what);
        }
    }

    /** An area named test.{id} in no bundle, which keeps the navigator it was given. */
    private final class FakeArea implements Area<FakeView> {

        private final AreaId id;
        private final List<MenuEntry<FakeView>> entries = new ArrayList<>();
        private final List<Route<FakeView, ?>> routes = new ArrayList<>();
        private Navigator navigator;
        private boolean divided;

        FakeArea(String id) {
            this.id = new AreaId(id);
        }

        FakeArea divided() {
            divided = true;
            return this;
        }

        FakeArea with(MenuEntry<FakeView> entry) {
            entries.add(entry);
            return this;
        }

        FakeArea serving(Destination<String> destination) {
            routes.add(new Route<>(destination, (view, note) -> view.did("shows " + note)));
            return this;
        }

        @Override
        public AreaId id() {
            return id;
        }

        @Override
        public String nameKey() {
            return "test." + id.value();
        }

        @Override
        public String icon() {
            return org.octopusdesk.ui.common.Icons.INFO;
        }

        @Override
        public FakeView create(UiContext context, Navigator navigatorOfTheWindow) {
            navigator = navigatorOfTheWindow;
            events.add(id.value() + " built");
            return new FakeView(id.value(), divided);
        }

        @Override
        public List<MenuEntry<FakeView>> menuEntries() {
            return entries;
        }

        @Override
        public List<Route<FakeView, ?>> routes() {
            return routes;
        }
    }
}
