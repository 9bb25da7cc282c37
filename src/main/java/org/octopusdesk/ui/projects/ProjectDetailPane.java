package org.octopusdesk.ui.projects;

import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDuration;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectDetails;

/**
 * The selected project: duration as of the chosen date, original and current end, history, links, results, and its
 * spending with its money held against its time.
 */
final class ProjectDetailPane {

    private final ProjectDetailViewModel viewModel;
    private final Messages messages;
    private final VBox content = new VBox(14);
    private final ScrollPane root = new ScrollPane(content);
    private final Supplier<Node> spending;

    /**
     * @param spending the Spending section, kept from one project to the next (it follows the selection itself),
     *     asked for when a project is first shown
     */
    ProjectDetailPane(ProjectDetailViewModel viewModel, Messages messages, Supplier<Node> spending) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.spending = spending;
        root.setFitToWidth(true);
        root.setId("project-detail");
        content.setPadding(new Insets(16));
        viewModel.durationBinding().addListener((observable, old, duration) -> render());
        viewModel.detailsProperty().addListener((observable, old, details) -> render());
        render();
    }

    Node root() {
        return root;
    }

    private void render() {
        ProjectDetails details = viewModel.detailsProperty().get();
        ProjectDuration duration = viewModel.durationBinding().get();
        if (details == null || duration == null) {
            Label empty = new Label(messages.text("project.detail.none"));
            empty.getStyleClass().add("text-muted");
            empty.setWrapText(true);
            content.getChildren().setAll(empty);
            return;
        }
        Project project = details.project();
        Label title = new Label(project.name());
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        title.setId("project-detail-title");
        Label subtitle = new Label(project.code() + "  ·  " + messages.text(project.status().messageKey()));
        subtitle.getStyleClass().add("text-muted");
        GridPane columns = new GridPane();
        columns.setHgap(28);
        // Figures keep their natural width; the expected results take what is left and wrap.
        for (Priority grow : new Priority[] {Priority.NEVER, Priority.SOMETIMES, Priority.ALWAYS}) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setHgrow(grow);
            column.setMinWidth(grow == Priority.ALWAYS ? 220 : javafx.scene.layout.Region.USE_PREF_SIZE);
            columns.getColumnConstraints().add(column);
        }
        Node results = project.expectedResults().isEmpty() ? wrapped(messages.text("project.expectedResults.empty"))
                : expectedResults(project);
        columns.addRow(0, durationSection(project, duration), section("project.detail.general", generalGrid(details)),
                section("project.expectedResults", results));
        for (Node cell : columns.getChildren()) {
            GridPane.setValignment(cell, javafx.geometry.VPos.TOP);
        }
        content.getChildren().setAll(new VBox(2, title, subtitle), columns,
                section("project.detail.amendments", amendments(details)), section("spending.title", spending.get()));
        if (!project.description().isEmpty()) {
            Label description = new Label(project.description());
            description.setWrapText(true);
            content.getChildren().add(section("project.description", description));
        }
    }

    private Node durationSection(Project project, ProjectDuration duration) {
        ProgressBar bar = new ProgressBar(duration.fractionElapsed());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.setId("project-detail-progress");
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label percent = new Label(messages.text("duration.percentOf", messages.percent(duration.percentElapsed())));
        HBox barRow = new HBox(10, bar, percent);
        barRow.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = grid();
        grid.setHgap(16);
        addPair(grid, 0, 0, "duration.state", messages.text(duration.state().messageKey()));
        addPair(grid, 0, 1, "duration.asOf", messages.date(duration.asOf()));
        addPair(grid, 1, 0, "project.start", messages.date(project.start()));
        addPair(grid, 1, 1, "duration.totalDays", messages.number(duration.totalDays()));
        addPair(grid, 2, 0, "project.originalEnd", messages.date(project.originalEnd()));
        addPair(grid, 2, 1, "duration.elapsedDays", messages.number(duration.elapsedDays()));
        addPair(grid, 3, 0, "project.currentEnd", messages.date(project.currentEnd()));
        addPair(grid, 3, 1, "duration.remainingDays", messages.number(duration.remainingDays()));
        addPair(grid, 4, 1, "duration.monthsRemaining", messages.number(duration.monthsRemaining()));
        return section("project.detail.duration", new VBox(10, barRow, grid));
    }

    private GridPane generalGrid(ProjectDetails details) {
        GridPane grid = grid();
        Project project = details.project();
        addPair(grid, 0, 0, "project.budget", project.budget().map(messages::euros)
                .orElse(messages.text("project.budget.unknown")));
        addPair(grid, 1, 0, "project.predecessor", details.predecessor().map(Project::name)
                .orElse(messages.text("project.predecessor.none")));
        addPair(grid, 2, 0, "project.successor", details.successor().map(Project::name)
                .orElse(messages.text("project.predecessor.none")));
        return grid;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private Node expectedResults(Project project) {
        VBox list = new VBox(4);
        for (int i = 0; i < project.expectedResults().size(); i++) {
            Label result = new Label((i + 1) + ".  " + project.expectedResults().get(i));
            result.setWrapText(true);
            list.getChildren().add(result);
        }
        return list;
    }

    private Node amendments(ProjectDetails details) {
        VBox list = new VBox(8);
        list.setId("project-detail-amendments");
        if (details.amendments().isEmpty()) {
            Label none = new Label(messages.text("project.detail.noAmendments"));
            none.getStyleClass().add("text-muted");
            list.getChildren().add(none);
        }
        for (Amendment amendment : details.amendments()) {
            String key = amendment.isExtension() ? "amendment.extended" : "amendment.shortened";
            Label change = new Label(messages.text(key,
                    amendment.oldEnd(), amendment.newEnd(), Math.abs(amendment.shiftDays()), amendment.decidedOn()));
            change.getStyleClass().add("text-bold");
            change.setWrapText(true);
            Label reason = new Label(amendment.reason());
            reason.setWrapText(true);
            reason.getStyleClass().add("text-muted");
            list.getChildren().add(new VBox(2, change, reason));
        }
        return list;
    }

    private Node section(String titleKey, Node body) {
        Label title = new Label(messages.text(titleKey));
        title.getStyleClass().add("title-4");
        return new VBox(6, title, body);
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        return grid;
    }

    private void addPair(GridPane grid, int row, int column, String labelKey, String value) {
        Label label = new Label(messages.text(labelKey));
        label.getStyleClass().add("text-muted");
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label text = new Label(value);
        text.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, column * 2, row);
        grid.add(text, column * 2 + 1, row);
    }
}
