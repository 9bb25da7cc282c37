package org.octopusdesk.ui.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * A stacked bar chart drawn on one canvas, with a legend of a label a series. JavaFX's own chart makes a node for
 * every bar, and each is styled as it comes: over a million payments the dashboard's twenty years of six donors'
 * bars held the FX thread 20-60 ms a donor however they were sliced (decisions 0039, 0041). Here the bars are
 * rectangles drawn in well under a millisecond; only the legend's few labels are styled. The colours are the
 * theme's chart colours, read from the legend's swatches, so bars and legend always agree. A bar's exact amount
 * shows in a tooltip as the pointer rests on it.
 */
public final class StackedBarCanvas extends Region {

    /** The style class the chart has once its bars are drawn, for whatever waits on them. */
    public static final String DRAWN = "bars-drawn";
    /** The theme's chart colours for the named series, in turn; the rest's is the ninth, a grey. */
    private static final int NAMED_COLOURS = 7;
    private static final double LEGEND_GAP = 10;
    private static final double LABEL_GAP = 6;
    /** The axes' labels are this much smaller than the legend's. */
    private static final double TICK_FONT_SCALE = 0.85;

    private final Canvas canvas = new Canvas();
    private final FlowPane legend = new FlowPane(18, 6);
    private final List<Region> swatches = new ArrayList<>();
    private final String axisLabel;
    private final Function<BigDecimal, String> tickText;
    private final BarText barText;
    private StackedBars bars = new StackedBars(List.of(), List.of());
    private StackedBarLayout layout;
    /** What was last drawn, and at which size: a layout that changes neither draws nothing again. */
    private StackedBars drawnBars;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private Tooltip tooltip;
    private StackedBarLayout.Hit pointedAt;

    /** What a tooltip says of a series' part of a bar, in the reader's language. */
    @FunctionalInterface
    public interface BarText {
        String of(String series, String category, BigDecimal value);
    }

    /**
     * @param axisLabel the value axis's name
     * @param tickText how the value axis writes its round values
     * @param barText what a tooltip says of the part of a bar under the pointer, with its exact value
     */
    public StackedBarCanvas(String axisLabel, Function<BigDecimal, String> tickText, BarText barText) {
        this.axisLabel = axisLabel;
        this.tickText = tickText;
        this.barText = barText;
        getStyleClass().add("stacked-bar-canvas");
        legend.getStyleClass().add("chart-legend");
        getChildren().addAll(canvas, legend);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::pointAt);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, event -> hideTooltip());
    }

    /** Shows {@code bars}, drawn at the next layout. */
    public void setBars(StackedBars bars) {
        this.bars = bars;
        getStyleClass().remove(DRAWN);
        swatches.clear();
        List<Label> entries = new ArrayList<>();
        int named = 0;
        for (StackedBars.Series series : bars.series()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("chart-swatch",
                    series.rest() ? "chart-swatch-rest" : "chart-swatch-" + (named++ % NAMED_COLOURS + 1));
            swatches.add(swatch);
            Label entry = new Label(series.name(), swatch);
            entry.getStyleClass().add("chart-legend-entry");
            entries.add(entry);
        }
        legend.getChildren().setAll(entries);
        hideTooltip();
        requestLayout();
    }

    public StackedBars bars() {
        return bars;
    }

    /** Where the bars were last drawn; none before the first layout. */
    StackedBarLayout barLayout() {
        return layout;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 480;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 320;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 160;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = Math.max(0, getWidth() - left - snappedRightInset());
        double height = Math.max(0, getHeight() - top - snappedBottomInset());
        double legendHeight = legend.getChildren().isEmpty() ? 0 : snapSizeY(legend.prefHeight(width));
        legend.resizeRelocate(left, top + height - legendHeight, width, legendHeight);
        canvas.relocate(left, top);
        canvas.setWidth(width);
        canvas.setHeight(Math.max(0, height - legendHeight - (legendHeight > 0 ? LEGEND_GAP : 0)));
        if (bars != drawnBars || canvas.getWidth() != drawnWidth || canvas.getHeight() != drawnHeight) {
            drawnBars = bars;
            drawnWidth = canvas.getWidth();
            drawnHeight = canvas.getHeight();
            draw();
        }
    }

    private void draw() {
        GraphicsContext graphics = canvas.getGraphicsContext2D();
        graphics.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        layout = null;
        if (bars.isEmpty()) {
            return;
        }
        Font titleFont = legendFont();
        Font font = Font.font(titleFont.getFamily(), titleFont.getSize() * TICK_FONT_SCALE);
        double lineHeight = Math.ceil(font.getSize() * 1.3);
        double titleHeight = Math.ceil(titleFont.getSize() * 1.3);
        AxisScale scale = bars.scale();
        List<BigDecimal> ticks = ticks(scale);
        double tickWidth = ticks.stream().mapToDouble(tick -> width(tickText.apply(tick), font)).max().orElse(0);
        double plotLeft = titleHeight + LABEL_GAP + tickWidth + LABEL_GAP;
        Rectangle2D plot = new Rectangle2D(plotLeft, lineHeight / 2, Math.max(1, canvas.getWidth() - plotLeft - 8),
                Math.max(1, canvas.getHeight() - lineHeight / 2 - lineHeight - LABEL_GAP));
        layout = new StackedBarLayout(bars, scale, plot);
        graphics.setFont(font);
        drawValueAxis(graphics, ticks);
        drawAxisTitle(graphics, titleFont, titleHeight);
        graphics.setFont(font);
        drawBars(graphics);
        drawCategories(graphics, font);
        if (!getStyleClass().contains(DRAWN)) {
            getStyleClass().add(DRAWN);
        }
    }

    private static List<BigDecimal> ticks(AxisScale scale) {
        int steps = scale.upper().divide(scale.step(), 0, RoundingMode.HALF_UP).intValueExact();
        List<BigDecimal> ticks = new ArrayList<>();
        for (int step = 0; step <= steps; step++) {
            ticks.add(scale.step().multiply(BigDecimal.valueOf(step)));
        }
        return ticks;
    }

    private void drawValueAxis(GraphicsContext graphics, List<BigDecimal> ticks) {
        Rectangle2D plot = layout.plot();
        Color text = textColour();
        graphics.setLineWidth(1);
        graphics.setTextAlign(TextAlignment.RIGHT);
        graphics.setTextBaseline(VPos.CENTER);
        for (BigDecimal tick : ticks) {
            double y = Math.round(layout.y(tick.doubleValue())) + 0.5;
            graphics.setStroke(text.deriveColor(0, 1, 1, 0.18));
            graphics.setLineDashes(tick.signum() == 0 ? null : new double[] {3, 3});
            graphics.strokeLine(plot.getMinX(), y, plot.getMaxX(), y);
            graphics.setFill(text);
            graphics.fillText(tickText.apply(tick), plot.getMinX() - LABEL_GAP, y);
        }
        graphics.setLineDashes(null);
    }

    /** The value axis's name, read upwards beside its labels. */
    private void drawAxisTitle(GraphicsContext graphics, Font titleFont, double titleHeight) {
        Rectangle2D plot = layout.plot();
        graphics.save();
        graphics.setFont(titleFont);
        graphics.setFill(textColour());
        graphics.translate(titleHeight / 2, plot.getMinY() + plot.getHeight() / 2);
        graphics.rotate(-90);
        graphics.setTextAlign(TextAlignment.CENTER);
        graphics.setTextBaseline(VPos.CENTER);
        graphics.fillText(axisLabel, 0, 0);
        graphics.restore();
    }

    private void drawBars(GraphicsContext graphics) {
        for (int series = 0; series < bars.series().size(); series++) {
            graphics.setFill(colour(series));
            for (int category = 0; category < bars.categories().size(); category++) {
                layout.part(series, category).ifPresent(part -> graphics.fillRect(part.getMinX(), part.getMinY(),
                        part.getWidth(), part.getHeight()));
            }
        }
    }

    /** The categories' names under their bars; every second or third when they would overlap. */
    private void drawCategories(GraphicsContext graphics, Font font) {
        double widest = bars.categories().stream().mapToDouble(name -> width(name, font)).max().orElse(0);
        int every = Math.max(1, (int) Math.ceil((widest + LABEL_GAP) / layout.band()));
        graphics.setFill(textColour());
        graphics.setTextAlign(TextAlignment.CENTER);
        graphics.setTextBaseline(VPos.TOP);
        for (int category = 0; category < bars.categories().size(); category += every) {
            graphics.fillText(bars.categories().get(category), layout.centre(category),
                    layout.plot().getMaxY() + LABEL_GAP / 2);
        }
    }

    /** A series' colour as the theme gave its swatch in the legend. */
    private Paint colour(int series) {
        Region swatch = swatches.get(series);
        if (swatch.getBackground() == null || swatch.getBackground().getFills().isEmpty()) {
            return Color.GRAY;
        }
        return swatch.getBackground().getFills().get(0).getFill();
    }

    private Font legendFont() {
        return legend.getChildren().isEmpty() ? Font.getDefault() : ((Label) legend.getChildren().get(0)).getFont();
    }

    private Color textColour() {
        if (!legend.getChildren().isEmpty() && ((Label) legend.getChildren().get(0)).getTextFill() instanceof Color c) {
            return c;
        }
        return Color.BLACK;
    }

    private static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The exact amount of the bar under the pointer, at once: a chart is read by pointing along it. */
    private void pointAt(MouseEvent event) {
        Optional<StackedBarLayout.Hit> hit = layout == null ? Optional.empty() : layout.at(event.getX(), event.getY());
        if (hit.isEmpty()) {
            hideTooltip();
            return;
        }
        if (tooltip == null) {
            tooltip = new Tooltip();
        }
        if (hit.get().equals(pointedAt) && tooltip.isShowing()) {
            return;
        }
        pointedAt = hit.get();
        tooltip.setText(tooltipText(pointedAt));
        tooltip.show(canvas, event.getScreenX() + 12, event.getScreenY() + 16);
    }

    private String tooltipText(StackedBarLayout.Hit hit) {
        return barText.of(bars.series().get(hit.series()).name(), bars.categories().get(hit.category()),
                bars.value(hit.series(), hit.category()));
    }

    private void hideTooltip() {
        pointedAt = null;
        if (tooltip != null) {
            tooltip.hide();
        }
    }
}
