package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The canvas chart in a window: drawn once laid out, a legend entry a series, and the pointer on a bar's part shows
 * that part's series, category and exact value, which go away off the bars.
 */
@ExtendWith(ApplicationExtension.class)
class StackedBarCanvasTest {

    private final StackedBarCanvas chart = new StackedBarCanvas("EUR", BigDecimal::toPlainString,
            (series, category, value) -> series + " in " + category + ": " + value.toPlainString());

    @Start
    void start(Stage stage) {
        chart.setBars(new StackedBars(List.of("2020", "2021"), List.of(
                new StackedBars.Series("Japan", List.of(new BigDecimal("60.25"), new BigDecimal(25)), false),
                new StackedBars.Series("Others", List.of(new BigDecimal(40), BigDecimal.ZERO), true))));
        stage.setScene(new Scene(chart, 600, 400));
        stage.show();
    }

    @Test
    void itIsDrawnWithALegendEntryForEachSeries() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart.getStyleClass().contains(StackedBarCanvas.DRAWN));

        assertThat(WaitForAsyncUtils.asyncFx(() -> chart.lookupAll(".chart-legend-entry").stream()
                .map(entry -> ((Label) entry).getText()).toList()).get()).containsExactly("Japan", "Others");
        assertThat(WaitForAsyncUtils.asyncFx(() -> chart.lookupAll(".chart-swatch-rest").size()).get()).isOne();
    }

    @Test
    void thePointerOnAPartShowsItsExactValueAndOffTheBarsNothing(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart.getStyleClass().contains(StackedBarCanvas.DRAWN));

        robot.moveTo(centreOnScreen(0, 0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Japan in 2020: 60.25".equals(shownTooltip()));
        robot.moveTo(centreOnScreen(1, 0));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "Others in 2020: 40".equals(shownTooltip()));

        Point2D aboveTheSecondBar = WaitForAsyncUtils.asyncFx(() -> {
            Rectangle2D part = chart.barLayout().part(0, 1).orElseThrow();
            return chart.localToScreen(part.getMinX() + part.getWidth() / 2, part.getMinY() - 20);
        }).get();
        robot.moveTo(aboveTheSecondBar);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shownTooltip() == null);
    }

    private Point2D centreOnScreen(int series, int category) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Rectangle2D part = chart.barLayout().part(series, category).orElseThrow();
            return chart.localToScreen(part.getMinX() + part.getWidth() / 2, part.getMinY() + part.getHeight() / 2);
        }).get();
    }

    /** The text of the tooltip showing, if one is. */
    private static String shownTooltip() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Tooltip.class::isInstance)
                .map(Tooltip.class::cast).filter(Tooltip::isShowing).map(Tooltip::getText).findFirst()
                .orElse(null)).get();
    }
}
