package org.octopusdesk.ui.dashboard;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.project.DurationWarning;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDuration;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.ui.common.Forms;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.common.SlicedFill;
import org.octopusdesk.ui.dashboard.DashboardViewModel.ProjectCard;
import org.octopusdesk.ui.shell.AreaView;
import org.octopusdesk.ui.spending.FinanceText;

/** The dashboard: counts, what needs attention, and a time bar for every running project. */
public final class DashboardView implements AreaView {

    /** The space between two of the dashboard's sections, and above each one's heading. */
    static final double BETWEEN_SECTIONS = 18;
    /** The space between a section's heading and its content. */
    static final double UNDER_A_HEADING = 8;
    /** The finance line's id, before the project's code; its place in a card, after the days remaining. */
    private static final String FINANCE_ID = "dashboard-finance-";
    private static final int FINANCE_AT = 5;

    private final DashboardViewModel viewModel;
    private final Messages messages;
    private final VBox attention = new VBox(6);
    private final FlowPane running = new FlowPane(14, 14);
    private final Label runningCount = new Label();
    /** The running projects' cards, a few a frame: with their styling, forty cards had held a frame 250 ms. */
    private final SlicedFill<Node> runningFill = SlicedFill.of(running.getChildren());
    /**
     * The cards built so far, by project, so that finances read later go into them without building anew. By the
     * project object each card was built for: a project's own hash reads every field, its lists too (6 ms for the
     * first card of the run, decision 0053).
     */
    private final java.util.Map<Project, VBox> cards = new java.util.IdentityHashMap<>();
    private final ScrollPane root;

    private final java.util.function.Consumer<org.octopusdesk.domain.project.ProjectId> openProject;

    /**
     * @param openProject shows a project in the Projects area, when a warning or card is clicked
     * @param openMeeting shows a meeting in the Meetings area, when an overdue action or a next meeting is clicked
     * @param openLogistics shows an edition's logistics in the Conferences area, when an overdue task is clicked
     */
    public DashboardView(DashboardViewModel viewModel, Messages messages,
            java.util.function.Consumer<org.octopusdesk.domain.project.ProjectId> openProject,
            java.util.function.Consumer<org.octopusdesk.domain.meeting.MeetingId> openMeeting,
            java.util.function.Consumer<org.octopusdesk.domain.conference.ConferenceId> openLogistics) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.openProject = openProject;
        Label title = new Label(messages.text("area.dashboard"));
        title.getStyleClass().add("title-2");
        DatePicker asOf = Forms.datePicker(messages);
        asOf.setId("dashboard-as-of");
        asOf.valueProperty().bindBidirectional(viewModel.asOfProperty());
        asOf.setPrefWidth(150);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, title, spacer, new Label(messages.text("projects.asOf")), asOf);
        header.setAlignment(Pos.CENTER_LEFT);

        HBox tiles = new HBox(14, tile("dashboard.running", runningCount),
                tile("dashboard.notStarted", countLabel(viewModel.notStartedProperty())),
                tile("dashboard.ended", countLabel(viewModel.endedProperty())));
        running.setId("dashboard-running");
        attention.setId("dashboard-attention");
        MoneyPanel money = new MoneyPanel(messages);
        viewModel.moneyProperty().addListener((observable, old, summary) -> money.show(summary));
        money.show(viewModel.moneyProperty().get());
        MeetingsPanel meetings = new MeetingsPanel(messages, openMeeting);
        viewModel.meetingsProperty().addListener((observable, old, glance) -> meetings.show(glance));
        meetings.show(viewModel.meetingsProperty().get());
        LogisticsPanel logistics = new LogisticsPanel(messages, openLogistics);
        viewModel.overdueLogisticsProperty().addListener((observable, old, lines) -> logistics.show(lines));
        logistics.show(viewModel.overdueLogisticsProperty().get());
        VBox content = new VBox(BETWEEN_SECTIONS, header, tiles,
                section(messages.text("dashboard.attention"), attention), meetings.node(), logistics.node(),
                section(messages.text("dashboard.runningProjects"), running), new javafx.scene.control.Separator(),
                section(messages.text("dashboard.money"), money.node()));
        content.setPadding(new Insets(20));
        root = org.octopusdesk.ui.common.ScrollPanes.uncached(content);
        root.setFitToWidth(true);
        root.setId("dashboard-view");
        viewModel.running().addListener((ListChangeListener<ProjectCard>) change -> renderRunning());
        viewModel.attention().addListener((ListChangeListener<ProjectCard>) change -> renderAttention());
        viewModel.financesProperty().addListener((observable, old, loaded) -> showFinances());
        renderRunning();
        renderAttention();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void reload() {
        viewModel.reload();
    }

    private Label countLabel(javafx.beans.value.ObservableNumberValue count) {
        Label label = new Label();
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.number(count.intValue()), count));
        return label;
    }

    private Node tile(String key, Label value) {
        value.getStyleClass().add("title-1");
        Label caption = new Label(messages.text(key));
        caption.getStyleClass().add("text-muted");
        VBox tile = new VBox(2, value, caption);
        tile.getStyleClass().add("dashboard-tile");
        tile.setPadding(new Insets(12, 18, 12, 18));
        tile.setMinWidth(160);
        return tile;
    }

    /** One of the dashboard's sections: {@code heading} over its content, as every section's. */
    static VBox section(String heading, Node content) {
        Label title = new Label(heading);
        title.getStyleClass().add("title-4");
        return new VBox(UNDER_A_HEADING, title, content);
    }

    private void renderRunning() {
        runningCount.setText(messages.number(viewModel.running().size()));
        cards.clear();
        if (viewModel.running().isEmpty()) {
            String none = messages.text("dashboard.noneRunning", viewModel.asOfProperty().get());
            runningFill.fill(java.util.List.of(() -> muted(none)));
            return;
        }
        runningFill.fill(viewModel.running().stream().<java.util.function.Supplier<Node>>map(card -> () -> {
            VBox box = card(card);
            cards.put(card.project(), box);
            return box;
        }).toList());
    }

    /** Puts each built card's finance line in or out; the cards still to come read the finances themselves. */
    private void showFinances() {
        cards.forEach((project, box) -> {
            box.getChildren().removeIf(child -> child.getId() != null && child.getId().startsWith(FINANCE_ID));
            financeLine(project).ifPresent(line -> box.getChildren().add(FINANCE_AT, line));
        });
    }

    private java.util.Optional<Label> financeLine(Project project) {
        return java.util.Optional.ofNullable(viewModel.finances().get(project.id())).map(finance -> {
            Label money = muted(new FinanceText(messages).summary(finance));
            money.setId(FINANCE_ID + project.code());
            return money;
        });
    }

    private VBox card(ProjectCard card) {
        ProjectDuration duration = card.duration();
        javafx.scene.control.Hyperlink name = new javafx.scene.control.Hyperlink(card.project().name());
        name.getStyleClass().add("title-4");
        name.setWrapText(true);
        name.setOnAction(event -> openProject.accept(card.project().id()));
        Label code = muted(card.project().code());
        ProgressBar bar = new ProgressBar(duration.fractionElapsed());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label percent = new Label(messages.text("duration.percentOf", messages.percent(duration.percentElapsed())));
        Label remaining = new Label(messages.text("dashboard.remaining", duration.remainingDays(), duration.end()));
        remaining.setWrapText(true);
        VBox box = new VBox(6, name, code, bar, percent, remaining);
        financeLine(card.project()).ifPresent(box.getChildren()::add);
        if (card.warnings().contains(DurationWarning.ENDS_SOON)) {
            Label warning = new Label(messages.text("warning.ends_soon", duration.remainingDays(),
                    duration.end()), Icons.icon(Icons.WARNING));
            warning.getStyleClass().add("warning-text");
            warning.setWrapText(true);
            box.getChildren().add(warning);
            box.getStyleClass().add("ending-soon");
        }
        box.getStyleClass().add("dashboard-card");
        box.setPadding(new Insets(14));
        box.setPrefWidth(300);
        return box;
    }

    private void renderAttention() {
        attention.getChildren().clear();
        if (viewModel.attention().isEmpty()) {
            attention.getChildren().add(new Label(messages.text("dashboard.nothingToDo"), Icons.icon(Icons.OK)));
        }
        for (ProjectCard card : viewModel.attention()) {
            for (DurationWarning warning : card.warnings()) {
                javafx.scene.control.Hyperlink project = new javafx.scene.control.Hyperlink(card.project().name(),
                        Icons.icon(Icons.WARNING));
                project.setOnAction(event -> openProject.accept(card.project().id()));
                // The project's name whole; the message beside it wraps (it cut the name to "Octopus …").
                project.setMinWidth(Region.USE_PREF_SIZE);
                Label line = new Label("— " + messages.text(warning.messageKey(), card.duration().remainingDays(),
                        card.duration().end()));
                line.getStyleClass().add("warning-text");
                line.setWrapText(true);
                HBox.setHgrow(line, Priority.ALWAYS);
                HBox entry = new HBox(2, project, line);
                entry.setAlignment(Pos.BASELINE_LEFT);
                entry.getStyleClass().add("warning-text");
                attention.getChildren().add(entry);
            }
        }
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        return label;
    }
}
