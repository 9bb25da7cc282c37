package org.octopusdesk.ui.timeline;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectDetails;

/**
 * All projects as bars on a time axis: the part added by amendments in a lighter shade (or the part cut off,
 * outlined), a diamond for each amendment and a line for today.
 */
final class TimelineChart {

    private static final double LABEL_WIDTH = 230;
    private static final double AXIS_HEIGHT = 30;
    private static final double ROW_HEIGHT = 46;
    private static final double MIN_YEAR_WIDTH = 48;

    private final Messages messages;
    private final Pane chart = new Pane();

    TimelineChart(Messages messages) {
        this.messages = messages;
        chart.setId("timeline-chart");
        chart.getStyleClass().add("timeline");
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
        for (int i = 0; i < projects.size(); i++) {
            drawProject(projects.get(i), scale, AXIS_HEIGHT + i * ROW_HEIGHT);
        }
        drawToday(scale, height, today);
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
