package org.octopusdesk.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectDetails;
import org.octopusdesk.ui.common.HoverTooltips;
import org.octopusdesk.ui.common.SlicedFill;

/**
 * All projects as bars on a time axis: the part added by amendments in a lighter shade (or the part cut off,
 * outlined), a diamond for each amendment and a line for today.
 *
 * <p>The projects' rows are a layer of their own between the years' grid and today's line, filled a few rows a
 * frame ({@link SlicedFill}): styled all at once, a few hundred projects' labels and bars held the FX thread for
 * hundreds of milliseconds. Their tooltips are made when the pointer first reaches them ({@link HoverTooltips}).
 */
final class TimelineChart {

    private static final double LABEL_WIDTH = 230;
    private static final double AXIS_HEIGHT = 30;
    private static final double ROW_HEIGHT = 46;
    private static final double MIN_YEAR_WIDTH = 48;

    private final Messages messages;
    private final Pane chart = new Pane();
    /** The projects' rows, in the coordinates of the chart (a group lays nothing out). */
    private final Group rows = new Group();
    private final SlicedFill<Node> rowFill = SlicedFill.of(rows.getChildren());

    TimelineChart(Messages messages) {
        this.messages = messages;
        chart.setId("timeline-chart");
        chart.getStyleClass().add("timeline");
        rows.setId("timeline-rows");
    }

    Node node() {
        return chart;
    }

    /** The width of the time axis: the room available, but never less than a readable year. */
    double axisWidth(int fromYear, int toYear, double available) {
        return Math.max(available - LABEL_WIDTH - 20, (toYear - fromYear + 1) * MIN_YEAR_WIDTH);
    }

    void draw(List<ProjectDetails> projects, TimeScale scale, LocalDate today) {
        double height = AXIS_HEIGHT + Math.max(1, projects.size()) * ROW_HEIGHT + 30;
        chart.getChildren().clear();
        chart.setPrefSize(LABEL_WIDTH + scale.width() + 10, height);
        drawYears(scale, height);
        if (projects.isEmpty()) {
            Label empty = new Label(messages.text("timeline.empty"));
            empty.getStyleClass().add("text-muted");
            empty.relocate(12, AXIS_HEIGHT + 12);
            chart.getChildren().add(empty);
        }
        chart.getChildren().add(rows);
        List<ProjectDetails> drawn = List.copyOf(projects);
        rowFill.fill(IntStream.range(0, drawn.size()).<Supplier<Node>>mapToObj(
                i -> () -> row(drawn.get(i), scale, AXIS_HEIGHT + i * ROW_HEIGHT)).toList());
        drawToday(scale, height, today);
    }

    /** Whether every project's row is in the chart. */
    boolean complete() {
        return rowFill.done();
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

    private Node row(ProjectDetails details, TimeScale scale, double top) {
        Group row = new Group();
        Project project = details.project();
        Label name = new Label(project.code() + "  " + project.name());
        name.setMaxWidth(LABEL_WIDTH - 16);
        name.relocate(10, top + 13);
        HoverTooltips.install(name, project::name);
        row.getChildren().add(name);
        double barTop = top + 12;
        double barHeight = 20;
        LocalDate plannedEnd = project.originalEnd().isBefore(project.currentEnd()) ? project.originalEnd()
                : project.currentEnd();
        addBar(row, scale.span(project.start(), plannedEnd), barTop, barHeight, "timeline-bar",
                () -> messages.text("timeline.bar.tooltip", project.name(), project.start(), project.currentEnd()));
        if (project.currentEnd().isAfter(project.originalEnd())) {
            addBar(row, scale.span(project.originalEnd().plusDays(1), project.currentEnd()), barTop, barHeight,
                    "timeline-extension", () -> messages.text("timeline.extension.tooltip", project.originalEnd(),
                            project.currentEnd()));
        } else if (project.currentEnd().isBefore(project.originalEnd())) {
            addBar(row, scale.span(project.currentEnd().plusDays(1), project.originalEnd()), barTop, barHeight,
                    "timeline-cut", () -> messages.text("timeline.cut.tooltip", project.originalEnd(),
                            project.currentEnd()));
        }
        for (Amendment amendment : details.amendments()) {
            LocalDate at = amendment.newEnd().plusDays(1);
            if (scale.contains(at)) {
                double x = LABEL_WIDTH + scale.x(at);
                Polygon diamond = new Polygon(x, barTop - 6, x + 6, barTop, x, barTop + 6, x - 6, barTop);
                diamond.getStyleClass().add("timeline-amendment");
                HoverTooltips.install(diamond, () -> messages.text("timeline.amendment.tooltip", amendment.oldEnd(),
                        amendment.newEnd(), amendment.decidedOn(), amendment.reason()));
                row.getChildren().add(diamond);
            }
        }
        return row;
    }

    private void addBar(Group row, double[] span, double top, double height, String styleClass,
            Supplier<String> tooltip) {
        if (span.length == 0) {
            return;
        }
        Rectangle bar = new Rectangle(LABEL_WIDTH + span[0], top, span[1] - span[0], height);
        bar.getStyleClass().add(styleClass);
        bar.setArcWidth(6);
        bar.setArcHeight(6);
        HoverTooltips.install(bar, tooltip);
        row.getChildren().add(bar);
    }

    private void drawToday(TimeScale scale, double height, LocalDate today) {
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
