package org.octopusdesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.event.Event;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectDetails;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The chart's rows come a few a frame: once all have come, the chart holds every project's row in order with its
 * bars and diamonds, under today's line, and a newer drawing replaces one still coming. Tooltips appear on hover.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineChartTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private final TimelineChart chart = new TimelineChart(Messages.forLanguage("en"));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new ScrollPane(chart.node()), 900, 500));
        stage.show();
    }

    /** Every third project extended by an amendment, every fifth cut short by one, the others as planned. */
    private static List<ProjectDetails> projects(int count) {
        return IntStream.range(0, count).mapToObj(i -> {
            LocalDate start = LocalDate.of(2015 + i % 8, 1 + i % 12, 1);
            LocalDate planned = start.plusYears(3);
            LocalDate current = i % 3 == 0 ? planned.plusMonths(6) : i % 5 == 0 ? planned.minusMonths(6) : planned;
            Project project = new Project(new ProjectId(i + 1), "P" + i, "Project " + i, start, planned, current,
                    ProjectStatus.values()[0], BigDecimal.TEN, "", List.of(), null, 1);
            List<Amendment> amendments = current.equals(planned) ? List.of() : List.of(new Amendment(i, project.id(),
                    planned, current, planned.minusMonths(2), "reason " + i, Instant.EPOCH));
            return new ProjectDetails(project, amendments, Optional.empty(), Optional.empty());
        }).toList();
    }

    private void draw(List<ProjectDetails> projects) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> chart.draw(projects, new TimeScale(2014, 2030, 1200), TODAY)).get();
    }

    private void waitUntilComplete() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(chart::complete).get());
    }

    private List<Node> rows() {
        Group rows = (Group) chart.node().lookup("#timeline-rows");
        return rows.getChildren();
    }

    @Test
    void everyProjectsRowComesInOrderWithItsBarsUnderTodaysLine() throws Exception {
        List<ProjectDetails> projects = projects(300);

        draw(projects);
        boolean allAtOnce = WaitForAsyncUtils.asyncFx(chart::complete).get();
        waitUntilComplete();

        assertThat(allAtOnce).as("three hundred rows do not fit in one slice").isFalse();
        List<Node> rows = rows();
        assertThat(rows).hasSize(300);
        for (int i = 0; i < rows.size(); i++) {
            Group row = (Group) rows.get(i);
            Label name = (Label) row.getChildren().get(0);
            assertThat(name.getText()).isEqualTo("P" + i + "  Project " + i);
            assertThat(name.getLayoutY()).isEqualTo(30 + i * 46 + 13);
            List<String> bars = row.getChildren().stream().filter(Rectangle.class::isInstance)
                    .map(bar -> bar.getStyleClass().get(0)).toList();
            String expected = i % 3 == 0 ? "timeline-extension" : i % 5 == 0 ? "timeline-cut" : null;
            assertThat(bars).as("row %d", i).containsExactlyElementsOf(expected == null ? List.of("timeline-bar")
                    : List.of("timeline-bar", expected));
            assertThat(row.getChildren().stream().filter(Polygon.class::isInstance).count())
                    .isEqualTo(expected == null ? 0 : 1);
        }
        List<Node> layers = ((javafx.scene.layout.Pane) chart.node()).getChildren();
        assertThat(layers.get(layers.size() - 2)).isInstanceOf(Line.class).extracting(Node::getId)
                .isEqualTo("timeline-today");
        assertThat(layers.indexOf(chart.node().lookup("#timeline-rows"))).isLessThan(layers.size() - 2);
    }

    @Test
    void aNewDrawingReplacesRowsStillComingAndTooltipsComeOnHover() throws Exception {
        draw(projects(300));
        List<ProjectDetails> fewer = projects(300).subList(0, 12);

        draw(fewer);
        waitUntilComplete();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows()).hasSize(12);
        assertThat(rows()).extracting(row -> ((Label) ((Group) row).getChildren().get(0)).getText())
                .containsExactlyElementsOf(IntStream.range(0, 12).mapToObj(i -> "P" + i + "  Project " + i).toList());
        Label name = (Label) ((Group) rows().get(3)).getChildren().get(0);
        assertThat(name.getTooltip()).as("no tooltip made before the pointer comes").isNull();
        WaitForAsyncUtils.asyncFx(() -> Event.fireEvent(name, new MouseEvent(MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1,
                MouseButton.NONE, 0, false, false, false, false, false, false, false, false, false, false, null)))
                .get();
        assertThat(name.getTooltip().getText()).isEqualTo("Project 3");
    }
}
