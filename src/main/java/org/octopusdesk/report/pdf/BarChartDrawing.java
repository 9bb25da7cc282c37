package org.octopusdesk.report.pdf;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.octopusdesk.report.Block;

/**
 * A stacked bar chart drawn as vector paths and real text straight into the page: it prints sharp at any zoom,
 * its labels can be searched and copied, and it needs no transparency (PDF/A-1).
 */
final class BarChartDrawing {

    private static final float PLOT_HEIGHT = 170;
    private static final float LABEL_SIZE = 7.5f;
    private static final int TICKS = 5;

    private final PageCanvas canvas;
    private final Block.BarChart chart;

    BarChartDrawing(PageCanvas canvas, Block.BarChart chart) {
        this.canvas = canvas;
        this.chart = chart;
    }

    void draw() {
        ReportFonts fonts = canvas.fonts();
        float titleHeight = Style.leading(Style.BODY_SIZE) + 4;
        List<List<Integer>> legend = legendLines();
        float legendHeight = legend.size() * Style.leading(LABEL_SIZE) + 6;
        float total = titleHeight + PLOT_HEIGHT + 2 * Style.leading(LABEL_SIZE) + legendHeight + 12;
        canvas.ensureRoom(total);
        canvas.text(fonts.bold, Style.BODY_SIZE, Style.TEXT, canvas.left(), canvas.y() - Style.BODY_SIZE,
                fonts.printable(chart.title()));
        canvas.moveDown(titleHeight);

        BigDecimal step = niceStep(maxStack());
        BigDecimal top = step.multiply(BigDecimal.valueOf(TICKS));
        List<String> tickLabels = new ArrayList<>();
        float labelWidth = 0;
        for (int tick = 0; tick <= TICKS; tick++) {
            String label = fonts.printable(chart.valueLabels().format(step.multiply(BigDecimal.valueOf(tick))));
            tickLabels.add(label);
            labelWidth = Math.max(labelWidth, ReportFonts.width(fonts.regular, LABEL_SIZE, label));
        }
        float plotLeft = canvas.left() + labelWidth + 6;
        float plotWidth = canvas.left() + canvas.width() - plotLeft;
        float plotTop = canvas.y() - 4;
        float plotBottom = plotTop - PLOT_HEIGHT;
        for (int tick = 0; tick <= TICKS; tick++) {
            float y = plotBottom + PLOT_HEIGHT * tick / TICKS;
            canvas.line(tick == 0 ? Style.MUTED : Style.RULE, tick == 0 ? 0.8f : 0.4f, plotLeft, y,
                    plotLeft + plotWidth, y);
            String label = tickLabels.get(tick);
            canvas.text(fonts.regular, LABEL_SIZE, Style.MUTED,
                    plotLeft - 4 - ReportFonts.width(fonts.regular, LABEL_SIZE, label), y - LABEL_SIZE / 3, label);
        }
        drawBars(plotLeft, plotWidth, plotBottom, top);
        canvas.moveDown(PLOT_HEIGHT + 4 + 2 * Style.leading(LABEL_SIZE));
        drawLegend(legend);
        canvas.moveDown(12);
    }

    private void drawBars(float plotLeft, float plotWidth, float plotBottom, BigDecimal top) {
        ReportFonts fonts = canvas.fonts();
        int count = chart.categories().size();
        float slot = plotWidth / Math.max(1, count);
        if (chart.grouped()) {
            drawGroups(slot, plotLeft, plotBottom, top);
            return;
        }
        float barWidth = Math.min(slot * 0.62f, 46);
        for (int category = 0; category < count; category++) {
            float x = plotLeft + slot * category + (slot - barWidth) / 2;
            float y = plotBottom;
            BigDecimal stack = BigDecimal.ZERO;
            for (int series = 0; series < chart.series().size(); series++) {
                BigDecimal value = chart.series().get(series).values().get(category);
                if (value.signum() <= 0) {
                    continue;
                }
                stack = stack.add(value);
                float height = scale(value, top);
                canvas.fillRect(Style.SERIES[series % Style.SERIES.length], x, y, barWidth, height);
                y += height;
            }
            String name = fonts.printable(chart.categories().get(category));
            float nameWidth = ReportFonts.width(fonts.regular, LABEL_SIZE, name);
            canvas.text(fonts.regular, LABEL_SIZE, Style.TEXT, x + (barWidth - nameWidth) / 2,
                    plotBottom - Style.leading(LABEL_SIZE), name);
            if (stack.signum() > 0) {
                String value = fonts.printable(chart.valueLabels().format(stack));
                float valueWidth = ReportFonts.width(fonts.regular, LABEL_SIZE - 0.5f, value);
                if (valueWidth <= slot - 2) {
                    canvas.text(fonts.regular, LABEL_SIZE - 0.5f, Style.MUTED, x + (barWidth - valueWidth) / 2,
                            y + 3, value);
                }
            }
        }
    }

    /** One bar a series, side by side in each category's slot, each with its value above it when it fits. */
    private void drawGroups(float slot, float plotLeft, float plotBottom, BigDecimal top) {
        ReportFonts fonts = canvas.fonts();
        int bars = Math.max(1, chart.series().size());
        float barWidth = Math.min(slot * 0.74f / bars, 34);
        for (int category = 0; category < chart.categories().size(); category++) {
            float groupLeft = plotLeft + slot * category + (slot - barWidth * bars) / 2;
            for (int series = 0; series < chart.series().size(); series++) {
                BigDecimal value = chart.series().get(series).values().get(category);
                float x = groupLeft + barWidth * series;
                if (value.signum() > 0) {
                    float height = scale(value, top);
                    canvas.fillRect(Style.SERIES[series % Style.SERIES.length], x, plotBottom, barWidth, height);
                    String label = fonts.printable(chart.valueLabels().format(value));
                    float labelWidth = ReportFonts.width(fonts.regular, LABEL_SIZE - 1.5f, label);
                    if (labelWidth <= barWidth + 4) {
                        canvas.text(fonts.regular, LABEL_SIZE - 1.5f, Style.MUTED, x + (barWidth - labelWidth) / 2,
                                plotBottom + height + 3, label);
                    }
                }
            }
            String name = fonts.printable(chart.categories().get(category));
            float nameWidth = ReportFonts.width(fonts.regular, LABEL_SIZE, name);
            canvas.text(fonts.regular, LABEL_SIZE, Style.TEXT, plotLeft + slot * category + (slot - nameWidth) / 2,
                    plotBottom - Style.leading(LABEL_SIZE), name);
        }
    }

    private static float scale(BigDecimal value, BigDecimal top) {
        // Geometry only: the figures themselves stay BigDecimal and print as such.
        return (float) (value.doubleValue() / top.doubleValue() * PLOT_HEIGHT);
    }

    /** The series of each legend line, by index, as many to a line as fit. */
    private List<List<Integer>> legendLines() {
        List<List<Integer>> lines = new ArrayList<>();
        if (chart.series().size() < 2) {
            return lines;
        }
        List<Integer> line = new ArrayList<>();
        float used = 0;
        for (int series = 0; series < chart.series().size(); series++) {
            float width = legendEntryWidth(chart.series().get(series).name());
            if (used + width > canvas.width() && !line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            line.add(series);
            used += width;
        }
        lines.add(line);
        return lines;
    }

    private float legendEntryWidth(String name) {
        return 14 + ReportFonts.width(canvas.fonts().regular, LABEL_SIZE, canvas.fonts().printable(name)) + 14;
    }

    private void drawLegend(List<List<Integer>> lines) {
        for (List<Integer> line : lines) {
            float x = canvas.left();
            float baseline = canvas.y() - LABEL_SIZE;
            for (int series : line) {
                String name = chart.series().get(series).name();
                canvas.fillRect(Style.SERIES[series % Style.SERIES.length], x, baseline - 1, 9, 8);
                canvas.text(canvas.fonts().regular, LABEL_SIZE, Style.TEXT, x + 13, baseline,
                        canvas.fonts().printable(name));
                x += legendEntryWidth(name);
            }
            canvas.moveDown(Style.leading(LABEL_SIZE));
        }
    }

    /** The tallest bar: a whole stack, or for grouped bars the largest single value. */
    private BigDecimal maxStack() {
        BigDecimal max = BigDecimal.ZERO;
        for (int category = 0; category < chart.categories().size(); category++) {
            BigDecimal stack = BigDecimal.ZERO;
            for (Block.Series series : chart.series()) {
                BigDecimal value = series.values().get(category).max(BigDecimal.ZERO);
                stack = chart.grouped() ? stack.max(value) : stack.add(value);
            }
            max = max.max(stack);
        }
        return max;
    }

    /** A round step (1, 2 or 5 times a power of ten) so that {@value #TICKS} steps reach the largest bar. */
    static BigDecimal niceStep(BigDecimal max) {
        if (max.signum() <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal rough = max.divide(BigDecimal.valueOf(TICKS), MathContext.DECIMAL64);
        BigDecimal power = BigDecimal.ONE.movePointRight(rough.precision() - rough.scale() - 1);
        for (int factor : new int[] {1, 2, 5, 10}) {
            BigDecimal step = power.multiply(BigDecimal.valueOf(factor));
            if (step.compareTo(rough) >= 0) {
                return step.stripTrailingZeros();
            }
        }
        return power.multiply(BigDecimal.TEN);
    }
}
