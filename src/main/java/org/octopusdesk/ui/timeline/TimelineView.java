package org.octopusdesk.ui.timeline;

import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectDetails;
import org.octopusdesk.ui.common.Icons;

/**
 * All projects as bars on a time axis: the part added by amendments in a lighter shade, a tick at the original
 * end, a diamond for each amendment and a line for today.
 */
public final class TimelineView {

    private static final double LABEL_WIDTH = 230;
    private static final double AXIS_HEIGHT = 30;
    private static final double ROW_HEIGHT = 46;
    private static final double MIN_YEAR_WIDTH = 48;

    private final TimelineViewModel viewModel;
    private final Messages messages;
    private final Pane chart = new Pane();
    private final ScrollPane scroll = new ScrollPane(chart);
    private final Label range = new Label();
    private final BorderPane root = new BorderPane();

    public TimelineView(TimelineViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        chart.setId("timeline-chart");
        chart.getStyleClass().add("timeline");
        scroll.setFitToHeight(false);
        root.setTop(toolbar());
        root.setCenter(scroll);
        root.setId("timeline-view");
        viewModel.projects().addListener((ListChangeListener<ProjectDetails>) change -> draw());
        viewModel.fromYearProperty().addListener((observable, old, year) -> draw());
        viewModel.toYearProperty().addListener((observable, old, year) -> draw());
        scroll.viewportBoundsProperty().addListener((observable, old, bounds) -> {
            if (old == null || old.getWidth() != bounds.getWidth()) {
                draw();
            }
        });
        draw();
    }

    public Node root() {
        return root;
    }

    private ToolBar toolbar() {
        Button zoomIn = button(Icons.ZOOM_IN, "timeline.zoomIn", null);
        zoomIn.setOnAction(event -> viewModel.zoomIn());
        Button zoomOut = button(Icons.ZOOM_OUT, "timeline.zoomOut", null);
        zoomOut.setOnAction(event -> viewModel.zoomOut());
        Button fit = button(Icons.FIT, "timeline.fit", null);
        fit.setText(messages.text("timeline.fit"));
        fit.setOnAction(event -> viewModel.fitAll());
        Button earlier = button(Icons.EARLIER, "timeline.earlier", null);
        earlier.setOnAction(event -> viewModel.shift(-1));
        Button later = button(Icons.LATER, "timeline.later", null);
        later.setOnAction(event -> viewModel.shift(1));
        range.setId("timeline-range");
        range.getStyleClass().add("title-4");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox legend = new HBox(14, legend("timeline-bar", "timeline.legend.planned"),
                legend("timeline-extension", "timeline.legend.extension"),
                legend("timeline-today-swatch", "timeline.legend.today"));
        legend.setAlignment(Pos.CENTER_RIGHT);
        ToolBar bar = new ToolBar(zoomIn, zoomOut, fit, earlier, range, later, spacer, legend);
        bar.setPadding(new Insets(6, 10, 6, 10));
        return bar;
    }

    private Node legend(String styleClass, String key) {
        Rectangle swatch = new Rectangle(14, 10);
        swatch.getStyleClass().add(styleClass);
        HBox item = new HBox(6, swatch, new Label(messages.text(key)));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private Button button(String icon, String key, String shortcut) {
        Button button = new Button(null, Icons.icon(icon));
        button.setId(key.replace('.', '-'));
        String tip = messages.text(key);
        button.setTooltip(new Tooltip(shortcut == null ? tip : tip + " (" + shortcut + ")"));
        return button;
    }

    private void draw() {
        int from = viewModel.fromYearProperty().get();
        int to = viewModel.toYearProperty().get();
        range.setText(from == to ? String.valueOf(from) : from + " – " + to);
        double available = scroll.getViewportBounds() == null ? 0 : scroll.getViewportBounds().getWidth();
        double width = Math.max(available - LABEL_WIDTH - 20, (to - from + 1) * MIN_YEAR_WIDTH);
        TimeScale scale = new TimeScale(from, to, width);
        double height = AXIS_HEIGHT + Math.max(1, viewModel.projects().size()) * ROW_HEIGHT + 30;
        chart.getChildren().clear();
        chart.setPrefSize(LABEL_WIDTH + width + 10, height);
        drawYears(scale, height);
        if (viewModel.projects().isEmpty()) {
            Label empty = new Label(messages.text("timeline.empty"));
            empty.getStyleClass().add("text-muted");
            empty.relocate(12, AXIS_HEIGHT + 12);
            chart.getChildren().add(empty);
        }
        for (int i = 0; i < viewModel.projects().size(); i++) {
            drawProject(viewModel.projects().get(i), scale, AXIS_HEIGHT + i * ROW_HEIGHT);
        }
        drawToday(scale, height);
    }

    private void drawYears(TimeScale scale, double height) {
        for (int year = scale.fromYear(); year <= scale.toYear(); year++) {
            double x = LABEL_WIDTH + scale.x(LocalDate.of(year, 1, 1));
            Line grid = new Line(x, AXIS_HEIGHT - 6, x, height);
            grid.getStyleClass().add("timeline-grid");
            Label label = new Label(String.valueOf(year));
            label.getStyleClass().add("timeline-year");
            label.relocate(x + 4, 4);
            chart.getChildren().addAll(grid, label);
        }
    }

    private void drawProject(ProjectDetails details, TimeScale scale, double top) {
        Project project = details.project();
        Label name = new Label(project.code() + "  " + project.name());
        name.setMaxWidth(LABEL_WIDTH - 16);
        name.relocate(10, top + 13);
        name.setTooltip(new Tooltip(project.name()));
        chart.getChildren().add(name);
        double barTop = top + 12;
        double barHeight = 20;
        LocalDate plannedEnd = project.originalEnd().isBefore(project.currentEnd()) ? project.originalEnd()
                : project.currentEnd();
        addBar(scale.span(project.start(), plannedEnd), barTop, barHeight, "timeline-bar",
                messages.text("timeline.bar.tooltip", project.name(), project.start(), project.currentEnd()));
        if (project.currentEnd().isAfter(project.originalEnd())) {
            addBar(scale.span(project.originalEnd().plusDays(1), project.currentEnd()), barTop, barHeight,
                    "timeline-extension", messages.text("timeline.extension.tooltip", project.originalEnd(),
                            project.currentEnd()));
        } else if (project.currentEnd().isBefore(project.originalEnd())) {
            addBar(scale.span(project.currentEnd().plusDays(1), project.originalEnd()), barTop, barHeight,
                    "timeline-cut", messages.text("timeline.cut.tooltip", project.originalEnd(), project.currentEnd()));
        }
        for (Amendment amendment : details.amendments()) {
            LocalDate at = amendment.newEnd().plusDays(1);
            if (scale.contains(at)) {
                double x = LABEL_WIDTH + scale.x(at);
                Polygon diamond = new Polygon(x, barTop - 6, x + 6, barTop, x, barTop + 6, x - 6, barTop);
                diamond.getStyleClass().add("timeline-amendment");
                Tooltip.install(diamond, new Tooltip(messages.text("timeline.amendment.tooltip", amendment.oldEnd(),
                        amendment.newEnd(), amendment.decidedOn(), amendment.reason())));
                chart.getChildren().add(diamond);
            }
        }
    }

    private void addBar(double[] span, double top, double height, String styleClass, String tooltip) {
        if (span.length == 0) {
            return;
        }
        Rectangle bar = new Rectangle(LABEL_WIDTH + span[0], top, span[1] - span[0], height);
        bar.getStyleClass().add(styleClass);
        bar.setArcWidth(6);
        bar.setArcHeight(6);
        Tooltip.install(bar, new Tooltip(tooltip));
        chart.getChildren().add(bar);
    }

    private void drawToday(TimeScale scale, double height) {
        LocalDate today = viewModel.today();
        if (!scale.contains(today)) {
            return;
        }
        double x = LABEL_WIDTH + scale.x(today);
        Line line = new Line(x, AXIS_HEIGHT - 4, x, height);
        line.getStyleClass().add("timeline-today");
        line.setId("timeline-today");
        Label label = new Label(messages.text("timeline.today", today));
        label.getStyleClass().add("timeline-today-label");
        label.setLayoutY(height - 22);
        double chartRight = chart.getPrefWidth();
        // Right of the line, unless that would run off the chart: then left of it.
        label.layoutXProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> x + 4 + label.getWidth() > chartRight ? x - 4 - label.getWidth() : x + 4, label.widthProperty()));
        chart.getChildren().addAll(line, label);
    }
}
