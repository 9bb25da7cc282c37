package org.octopusdesk.ui.common;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a stacked bar chart shows: categories along the bottom (years, say) and, for each series (a donor), one value
 * in each category, the series stacked from the axis up in their order. The amounts stay exact; only drawing turns
 * them into doubles.
 *
 * @param categories the bars' names, left to right
 * @param series the stacked parts of every bar, bottom to top
 */
public record StackedBars(List<String> categories, List<Series> series) {

    /**
     * One part of every bar.
     *
     * @param name the legend's name for it
     * @param values its value in each category, in the categories' order; zero where it has none
     * @param rest true for the part that gathers the others (drawn in a neutral colour, after the named ones)
     */
    public record Series(String name, List<BigDecimal> values, boolean rest) {

        public Series {
            values = List.copyOf(values);
            if (values.stream().anyMatch(value -> value.signum() < 0)) {
                throw new IllegalArgumentException("A stacked bar grows from the axis up: " + name + " " + values);
            }
        }
    }

    public StackedBars {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series part : series) {
            if (part.values().size() != categories.size()) {
                throw new IllegalArgumentException(part.name() + " has " + part.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
    }

    /** The value of {@code series} in {@code category}. */
    public BigDecimal value(int series, int category) {
        return this.series.get(series).values().get(category);
    }

    /** A category's whole bar: every series' value in it. */
    public BigDecimal stack(int category) {
        return series.stream().map(part -> part.values().get(category)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The tallest bar's value, zero for no bars. */
    public BigDecimal largestStack() {
        BigDecimal largest = BigDecimal.ZERO;
        for (int category = 0; category < categories.size(); category++) {
            largest = largest.max(stack(category));
        }
        return largest;
    }

    /** The value axis for these bars, fixed from the tallest. */
    public AxisScale scale() {
        return AxisScale.upTo(largestStack());
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.isEmpty();
    }
}
