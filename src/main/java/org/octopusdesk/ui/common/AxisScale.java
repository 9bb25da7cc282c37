package org.octopusdesk.ui.common;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A value axis fixed before its chart is filled: from zero to a round number at or above the largest value, in
 * round steps (1, 2, 2.5 or 5 times a power of ten), six to ten of them. A chart whose series come a frame at a
 * time (decision 0039) otherwise rescales with each, moving every bar already drawn and making the axis's labels
 * anew each frame (decision 0041).
 *
 * @param upper the axis's top, a whole number of steps
 * @param step the distance between two labelled ticks
 */
public record AxisScale(BigDecimal upper, BigDecimal step) {

    /** The steps' leading figures, in the order tried. */
    private static final BigDecimal[] ROUND = {BigDecimal.ONE, new BigDecimal(2), new BigDecimal("2.5"),
        new BigDecimal(5), BigDecimal.TEN};
    /** At most this many steps from zero to the top. */
    private static final int MOST_STEPS = 10;

    public AxisScale {
        if (upper.signum() <= 0 || step.signum() <= 0) {
            throw new IllegalArgumentException("An axis from zero up: " + upper + " in steps of " + step);
        }
    }

    /** The scale for values from zero to {@code largest}; an axis of nothing (zero or less) goes to one. */
    public static AxisScale upTo(BigDecimal largest) {
        if (largest.signum() <= 0) {
            return new AxisScale(BigDecimal.ONE, new BigDecimal("0.2"));
        }
        BigDecimal rawStep = largest.divide(BigDecimal.valueOf(MOST_STEPS), MathContext.DECIMAL64);
        // The power of ten at or below the raw step: 10^(digits before the point - 1), in BigDecimal's terms.
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(rawStep.precision() - rawStep.scale() - 1);
        for (BigDecimal figure : ROUND) {
            BigDecimal step = figure.multiply(power);
            if (step.compareTo(rawStep) >= 0) {
                BigDecimal steps = largest.divide(step, 0, RoundingMode.CEILING);
                return new AxisScale(step.multiply(steps).stripTrailingZeros(), step.stripTrailingZeros());
            }
        }
        throw new IllegalStateException("Ten times the power of ten at or below a number is above it: " + largest);
    }

    /** The top for a chart's axis, which draws in doubles; the exact amounts are in its tooltips and tables. */
    public double upperForDrawing() {
        return upper.doubleValue();
    }

    public double stepForDrawing() {
        return step.doubleValue();
    }
}
