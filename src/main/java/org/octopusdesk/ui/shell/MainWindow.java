package org.octopusdesk.ui.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.backups.BackupsDialog;
import org.octopusdesk.ui.backups.BackupsViewModel;
import org.octopusdesk.ui.check.DataCheckDialog;
import org.octopusdesk.ui.check.DataCheckViewModel;
import org.octopusdesk.ui.audit.AuditTrailDialog;
import org.octopusdesk.ui.audit.AuditTrailViewModel;

/**
 * The main window's content: menu bar, sidebar of areas, the current area, and a status bar. It knows the areas
 * only through their {@link Area} descriptions, and is the {@link Navigator} they lead to each other with.
 */
public final class MainWindow implements Navigator {

    private final Messages messages;
    private final Map<AreaId, AreaSlot<?>> slots = new LinkedHashMap<>();
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Sidebar sidebar;
    private final javafx.beans.value.ObservableBooleanValue busy;
    /** Set from the writing thread on a change, cleared on the FX thread when the area in view reloads. */
    private final java.util.concurrent.atomic.AtomicBoolean reloadPending =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final MainMenu menu;
    private AreaSlot<?> current;

    /**
     * @param areas the areas in the order of the sidebar; the first ten get the shortcuts Ctrl+1 to Ctrl+0
     * @param initial the area to show first
     */
    public MainWindow(UiContext context, List<Area<?>> areas, AreaId initial, Consumer<String> onLanguage,
            Runnable onQuit) {
        this(context, areas, initial, onLanguage, onQuit, plan -> {
            throw new IllegalStateException("This window cannot restore a backup");
        });
    }

    /** @param onRestore closes the data, puts a prepared restore in place and opens it again (File › Backups) */
    public MainWindow(UiContext context, List<Area<?>> areas, AreaId initial, Consumer<String> onLanguage,
            Runnable onQuit, Consumer<org.octopusdesk.service.backup.RestorePlan> onRestore) {
        this.messages = context.messages();
        this.busy = context.runner().busy();
        // Built from here on, the areas' tables say they are loading until their first rows (decision 0053).
        org.octopusdesk.ui.common.RowsInFrames.sayLoadingWhile(busy, messages.text("table.loading"));
        for (Area<?> area : areas) {
            AreaSlot<?> slot = AreaSlot.of(area, slots.size(), context, this);
            if (slots.putIfAbsent(area.id(), slot) != null) {
                throw new IllegalArgumentException("Two areas are called " + area.id());
            }
        }
        sidebar = new Sidebar(messages, slots.values(), this::show);
        menu = new MainMenu(messages, slots.values(), areaCommands(context), new MainMenu.Actions(
                this::show, this::refresh, onLanguage, () -> checkData(context), () -> openAuditTrail(context),
                () -> new AboutDialog(messages, context.owner(), context.dataFolder(), context.logFile()).showAndWait(),
                onQuit, () -> openBackups(context, onRestore), () -> openDatabaseSettings(context),
                () -> openPeople(context)));
        root.setTop(menu.bar());
        root.setLeft(sidebar.node());
        root.setCenter(content);
        root.setBottom(statusBar(context));
        root.setId("main-window");
        show(initial);
    }

    /** Help › Check data; the screens show the repaired figures once it closes. */
    private void checkData(UiContext context) {
        new DataCheckDialog(new DataCheckViewModel(context.workspace().dataCheck(), context.runner(),
                context.dialogs(), context.errors(), messages, context.roles().gate()), messages, context.owner())
                .showAndWait();
        refresh();
    }

    /** File › Backups: a window-wide tool; a restore closes it and hands the prepared restore to the window. */
    private static void openBackups(UiContext context, Consumer<org.octopusdesk.service.backup.RestorePlan> onRestore) {
        if (!context.workspace().backups().available()) {
            context.dialogs().showInformation(context.messages().text("backups.title"),
                    context.messages().text("error.backup.serverDatabase"));
            return;
        }
        BackupsDialog[] dialog = new BackupsDialog[1];
        BackupsViewModel model = new BackupsViewModel(context.workspace().backups(), context.runner(),
                context.dialogs(), context.errors(), context.messages(), plan -> {
                    dialog[0].close();
                    onRestore.accept(plan);
                });
        dialog[0] = new BackupsDialog(model, context.messages(), context.owner());
        dialog[0].showAndWait();
    }

    /** File › Database: the choice of the embedded database or a PostgreSQL server, for the next start. */
    private static void openDatabaseSettings(UiContext context) {
        var model = new org.octopusdesk.ui.database.DatabaseSettingsViewModel(context.workspace().databaseSettings(),
                context.runner(), context.errors(), context.messages());
        new org.octopusdesk.ui.database.DatabaseSettingsDialog(model, context.messages(), context.owner())
                .showAndWait().ifPresent(saved -> context.dialogs().showInformation(
                        context.messages().text("database.settings.title"),
                        context.messages().text("database.settings.saved")));
    }

    /** File › People: the people of a server database and their roles (decision 0034). */
    private static void openPeople(UiContext context) {
        var model = new org.octopusdesk.ui.people.PeopleViewModel(context.workspace().people(), context.runner(),
                context.errors(), context.messages());
        new org.octopusdesk.ui.people.PeopleDialog(model, context.messages(), context.owner()).showAndWait();
    }

    /** A window-wide tool like About, not an area: it reads the trail of every area's records. */
    private static void openAuditTrail(UiContext context) {
        new AuditTrailDialog(new AuditTrailViewModel(context.workspace().audit(), context.runner(), context.errors(),
                context.messages()), context.messages(), context.owner()).show();
    }

    public Parent root() {
        return root;
    }

    public AreaId currentArea() {
        return current.id();
    }

    @Override
    public void show(AreaId area) {
        show(slot(area));
    }

    @Override
    public <T> void open(Destination<T> destination, T target) {
        AreaSlot<?> area = slot(destination.area());
        show(area);
        area.deliver(destination, target);
    }

    private AreaSlot<?> slot(AreaId area) {
        AreaSlot<?> slot = slots.get(area);
        if (slot == null) {
            throw new IllegalArgumentException("This window has no area " + area);
        }
        return slot;
    }

    private void show(AreaSlot<?> area) {
        current = area;
        sidebar.select(area.id());
        menu.follow(area.id(), area.view().nothingSelected());
        content.getChildren().setAll(area.view().root());
        area.view().reload();
    }

    private void refresh() {
        current.view().reload();
    }

    /**
     * Data was saved, by this window or any other part of the application; may be called from any thread. The area
     * in view reads its data again once the background work under way is done (an import's thousand commits make
     * one reload, after it); the other areas read theirs when next shown, as always.
     */
    public void dataChanged() {
        if (reloadPending.compareAndSet(false, true)) {
            javafx.application.Platform.runLater(this::reloadWhenIdle);
        }
    }

    private void reloadWhenIdle() {
        if (busy.get()) {
            busy.addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable observable) {
                    if (!busy.get()) {
                        busy.removeListener(this);
                        // The work that ended hands over its result just after, and may start more (a form's
                        // save reloads its list, selecting what it saved): look again once that is done, so the
                        // reload keeps that selection instead of racing it.
                        javafx.application.Platform.runLater(MainWindow.this::reloadWhenIdle);
                    }
                }
            });
            return;
        }
        reloadPending.set(false);
        refresh();
    }

    private List<MainMenu.Command> areaCommands(UiContext context) {
        List<MainMenu.Command> commands = new ArrayList<>();
        slots.values().forEach(area -> addCommands(area, context, commands));
        return commands;
    }

    /** An entry that needs a permission the session's role lacks stays disabled, its key with it (decision 0034). */
    private <V extends AreaView> void addCommands(AreaSlot<V> area, UiContext context,
            List<MainMenu.Command> commands) {
        for (MenuEntry<V> entry : area.menuEntries()) {
            boolean refused = entry.permission() != null
                    && !context.workspace().people().session().may(entry.permission());
            commands.add(new MainMenu.Command(area.id(), entry.section(), entry.textKey(), entry.icon(),
                    entry.shortcutKey(), () -> run(area, entry), refused));
        }
    }

    /**
     * Shows the entry's area with fresh data, then acts on its view; see {@link MenuSection#EDIT_SELECTION}. The
     * sections that follow the area in view only ever run the entry of the area shown.
     */
    private <V extends AreaView> void run(AreaSlot<V> area, MenuEntry<V> entry) {
        if (entry.section().followsAreaInView()) {
            if (current == area) {
                entry.action().accept(area.view());
            }
        } else if (!entry.section().actsOnSelection()) {
            show(area);
            entry.action().accept(area.view());
        } else if (current == area) {
            entry.action().accept(area.view());
        } else {
            show(area);
        }
    }

    private Node statusBar(UiContext context) {
        Label folder = new Label(messages.text("status.dataFolder", context.dataFolder().toString()));
        folder.getStyleClass().addAll("text-muted", "text-small");
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(16, 16);
        Label working = new Label(messages.text("status.working"));
        working.getStyleClass().add("text-small");
        HBox busy = new HBox(6, progress, working);
        busy.setAlignment(Pos.CENTER_RIGHT);
        busy.setId("status-busy");
        busy.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> context.runner().busy().get(), context.runner().busy()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, folder, spacer, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }
}
