package org.octopusdesk.ui.common;

import java.math.BigDecimal;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Where a stacked bar chart's bars fall in its plot area, and which bar a point is on: the drawing and the
 * pointer's tooltips work from the same figures. Each category gets an equal band of the width, its bar centred in
 * it with a gap on either side; the value axis runs from zero at the bottom to the scale's top.
 */
final class StackedBarLayout {

    /** The space between two bars, at most: a quarter of the band when bars are narrow. */
    private static final double MOST_GAP = 12;

    private final StackedBars bars;
    private final double upper;
    private final Rectangle2D plot;

    /** A series' part of a category's bar. */
    record Hit(int series, int category) {
    }

    StackedBarLayout(StackedBars bars, AxisScale scale, Rectangle2D plot) {
        this.bars = bars;
        this.upper = scale.upperForDrawing();
        this.plot = plot;
    }

    Rectangle2D plot() {
        return plot;
    }

    /** The width each category has, its bar and the gaps beside it. */
    double band() {
        return bars.categories().isEmpty() ? plot.getWidth() : plot.getWidth() / bars.categories().size();
    }

    double barWidth() {
        return band() - Math.min(MOST_GAP, band() / 4);
    }

    /** The middle of a category's band, where its bar and its name are centred. */
    double centre(int category) {
        return plot.getMinX() + band() * (category + 0.5);
    }

    /** The height in the plot of a value on the axis (the plot's bottom for zero). */
    double y(double value) {
        return plot.getMaxY() - plot.getHeight() * Math.min(value, upper) / upper;
    }

    /** The rectangle of a series' part of a category's bar; none where its value is zero. */
    Optional<Rectangle2D> part(int series, int category) {
        BigDecimal value = bars.value(series, category);
        if (value.signum() == 0) {
            return Optional.empty();
        }
        double below = 0;
        for (int under = 0; under < series; under++) {
            below += bars.value(under, category).doubleValue();
        }
        double bottom = y(below);
        double top = y(below + value.doubleValue());
        return Optional.of(new Rectangle2D(centre(category) - barWidth() / 2, top, barWidth(), bottom - top));
    }

    /** The part of a bar at a point of the plot, if any. */
    Optional<Hit> at(double x, double y) {
        if (!plot.contains(x, y) || bars.isEmpty()) {
            return Optional.empty();
        }
        int category = Math.min((int) ((x - plot.getMinX()) / band()), bars.categories().size() - 1);
        for (int series = 0; series < bars.series().size(); series++) {
            Optional<Rectangle2D> part = part(series, category);
            if (part.isPresent() && part.get().contains(x, y)) {
                return Optional.of(new Hit(series, category));
            }
        }
        return Optional.empty();
    }
}
