package org.octopusdesk.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.dashboard.DashboardView;
import org.octopusdesk.ui.contributions.ContributionListViewModel;
import org.octopusdesk.ui.contributions.ContributionsView;
import org.octopusdesk.ui.donors.DonorListViewModel;
import org.octopusdesk.ui.donors.DonorsView;
import org.octopusdesk.ui.dashboard.DashboardViewModel;
import org.octopusdesk.ui.projects.ProjectDetailViewModel;
import org.octopusdesk.ui.projects.ProjectDialogs;
import org.octopusdesk.ui.projects.ProjectListViewModel;
import org.octopusdesk.ui.projects.ProjectsView;
import org.octopusdesk.ui.rates.ConverterViewModel;
import org.octopusdesk.ui.rates.ManualRateDialogs;
import org.octopusdesk.ui.rates.RatesView;
import org.octopusdesk.ui.rates.RatesViewModel;
import org.octopusdesk.ui.spending.SpendingPane;
import org.octopusdesk.ui.spending.SpendingViewModel;
import org.octopusdesk.ui.timeline.TimelineView;
import org.octopusdesk.ui.timeline.TimelineViewModel;

/** The main window's content: menu bar, sidebar of areas, the current area, and a status bar. */
public final class MainWindow {

    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final Map<Area, ToggleButton> sidebarButtons = new EnumMap<>(Area.class);
    private final DashboardViewModel dashboard;
    private final DashboardView dashboardView;
    private final ProjectsView projectsView;
    private final TimelineViewModel timeline;
    private final TimelineView timelineView;
    private final DonorsView donorsView;
    private final ContributionsView contributionsView;
    private final RatesViewModel rates;
    private final RatesView ratesView;
    private Area current;

    public MainWindow(UiContext context, Area initial, Consumer<String> onLanguage, Runnable onQuit) {
        this.messages = context.messages();
        dashboard = new DashboardViewModel(context.projects(), context.contributions(), context.spending(),
                context.runner(), context.errors());
        dashboardView = new DashboardView(dashboard, messages, this::openProject);
        ProjectListViewModel list = new ProjectListViewModel(context.projects(), context.runner(), context.dialogs(),
                context.errors(), messages);
        ProjectDetailViewModel detail = new ProjectDetailViewModel(context.projects(), context.runner(),
                context.errors(), list.asOfProperty());
        projectsView = new ProjectsView(list, detail, new ProjectDialogs(context.projects(), context.runner(),
                context.errors(), messages, context.owner()), messages, new SpendingPane(new SpendingViewModel(
                        context.spending(), context.runner(), context.dialogs(), context.errors(), messages,
                        list.asOfProperty()), messages, context.owner()));
        timeline = new TimelineViewModel(context.projects(), context.runner(), context.errors());
        timelineView = new TimelineView(timeline, messages);
        donorsView = new DonorsView(new DonorListViewModel(context.donors(), context.contributions(),
                context.runner(), context.dialogs(), context.errors(), messages, context.projects()::today),
                context.donors(), context.runner(), context.errors(), messages, context.owner(),
                this::showContributionsOf);
        contributionsView = new ContributionsView(new ContributionListViewModel(context.contributions(),
                context.contributionFiles(), context.donors(), context.projects(), context.runner(), context.dialogs(),
                context.errors(), messages), context.contributions(), context.runner(), context.dialogs(),
                context.errors(), messages, context.owner(), context.projects()::today);
        rates = new RatesViewModel(context.rates(), context.runner(), context.dialogs(), context.errors(), messages);
        java.time.LocalDate today = context.projects().today();
        ratesView = new RatesView(rates, new ConverterViewModel(context.rates(), context.runner(), context.errors(),
                messages, today), new ManualRateDialogs(context.rates(), context.runner(), context.errors(), messages,
                context.owner(), today), messages, context.owner());

        MainMenu menu = new MainMenu(messages, new MainMenu.Actions(
                () -> {
                    show(Area.PROJECTS);
                    projectsView.newProject();
                },
                () -> inProjects(projectsView::editSelected),
                () -> inProjects(projectsView::amendSelected),
                () -> inProjects(projectsView::deleteSelected),
                () -> {
                    show(Area.PROJECTS);
                    projectsView.focusFilter();
                },
                () -> {
                    show(Area.RATES);
                    ratesView.chooseAndImport();
                },
                this::show,
                this::refresh,
                onLanguage,
                () -> new AboutDialog(messages, context.owner(), context.dataFolder(), context.logFile()).showAndWait(),
                onQuit));
        root.setTop(menu.bar());
        root.setLeft(sidebar());
        root.setCenter(content);
        root.setBottom(statusBar(context));
        root.setId("main-window");
        show(initial);
    }

    public Parent root() {
        return root;
    }

    public Area currentArea() {
        return current;
    }

    /** Shows an area with fresh data. */
    public void show(Area area) {
        current = area;
        sidebarButtons.get(area).setSelected(true);
        content.getChildren().setAll(viewOf(area));
        refresh();
    }

    private void refresh() {
        Runnable reload = switch (current) {
            case DASHBOARD -> dashboard::reload;
            case PROJECTS -> projectsView::reload;
            case TIMELINE -> timeline::reload;
            case DONORS -> donorsView::reload;
            case CONTRIBUTIONS -> contributionsView::reload;
            case RATES -> rates::reload;
        };
        reload.run();
    }

    private void openProject(org.octopusdesk.domain.project.ProjectId id) {
        show(Area.PROJECTS);
        projectsView.select(id);
    }

    /** The Contributions area on one donor's contributions. */
    private void showContributionsOf(org.octopusdesk.domain.donor.Donor donor) {
        show(Area.CONTRIBUTIONS);
        contributionsView.showDonor(donor);
    }

    private void inProjects(Runnable action) {
        if (current != Area.PROJECTS) {
            show(Area.PROJECTS);
        } else {
            action.run();
        }
    }

    private Node viewOf(Area area) {
        return switch (area) {
            case DASHBOARD -> dashboardView.root();
            case PROJECTS -> projectsView.root();
            case TIMELINE -> timelineView.root();
            case DONORS -> donorsView.root();
            case CONTRIBUTIONS -> contributionsView.root();
            case RATES -> ratesView.root();
        };
    }

    private Node sidebar() {
        Label name = new Label(messages.text("app.name"));
        name.getStyleClass().add("title-3");
        Label subtitle = new Label(messages.text("app.subtitle"));
        subtitle.getStyleClass().addAll("text-muted", "text-small");
        subtitle.setWrapText(true);
        VBox brand = new VBox(2, name, subtitle);
        brand.setPadding(new Insets(4, 4, 14, 4));
        VBox sidebar = new VBox(4, brand);
        ToggleGroup group = new ToggleGroup();
        for (Area area : Area.values()) {
            ToggleButton button = new ToggleButton(messages.text(area.messageKey()), Icons.icon(area.icon()));
            button.setId("nav-" + area.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add("nav-button");
            button.setTooltip(new Tooltip(messages.text(area.messageKey()) + " (Ctrl+" + (area.ordinal() + 1) + ")"));
            button.setOnAction(event -> show(area));
            sidebarButtons.put(area, button);
            sidebar.getChildren().add(button);
        }
        // A selected area stays selected: clicking it again must not leave the sidebar without a choice.
        group.selectedToggleProperty().addListener((observable, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });
        sidebar.setPadding(new Insets(14, 10, 14, 10));
        sidebar.setPrefWidth(200);
        sidebar.getStyleClass().add("sidebar");
        return sidebar;
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
        busy.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
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
