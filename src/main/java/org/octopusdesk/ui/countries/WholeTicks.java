package org.octopusdesk.ui.countries;

/**
 * The bounds and step of an axis of whole things, years or Parties, with ticks on whole numbers only. JavaFX's own
 * ranging put a tick every 2.5 years, which read as 2000, 2002, 2005, 2007 once shown as years, and counted three
 * Parties in halves (0.5, 1.5, 2.5). The step is the smallest of 1, 2, 5, 10, 20, 50 ... that keeps the ticks to
 * the axis's most; the bounds are the ticks just around the data.
 */
record WholeTicks(int lower, int upper, int step) {

    /** Along the chart's width: a tick a year up to 14 years. */
    static final int ACROSS = 15;
    /** Up its height, about 180 px: a gridline every 30 px or more. */
    static final int UP = 7;
    private static final int[] FACTORS = {1, 2, 5};

    /**
     * The axis from {@code first} to {@code last}, such as years with their fractions (2024.5: early July 2024),
     * with at most {@code mostTicks} ticks.
     */
    static WholeTicks covering(double first, double last, int mostTicks) {
        int from = (int) Math.floor(Math.min(first, last));
        int to = Math.max(from + 1, (int) Math.ceil(Math.max(first, last)));
        for (int scale = 1; ; scale *= 10) {
            for (int factor : FACTORS) {
                int step = factor * scale;
                int lower = Math.floorDiv(from, step) * step;
                int upper = -Math.floorDiv(-to, step) * step;
                if ((upper - lower) / step + 1 <= mostTicks) {
                    return new WholeTicks(lower, upper, step);
                }
            }
        }
    }
}
