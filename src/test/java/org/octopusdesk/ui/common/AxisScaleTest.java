package org.octopusdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisScaleTest {

    @ParameterizedTest(name = "{0} → up to {1} in steps of {2}")
    @CsvSource({
        "161000, 180000, 20000",
        "100, 100, 10",
        "101, 120, 20",
        "1234567.89, 1400000, 200000",
        "0.5, 0.5, 0.05",
        "25000, 25000, 2500",
        "7, 7, 1",
        "999999, 1000000, 100000",
    })
    void aRoundTopAtOrAboveTheLargestInRoundSteps(String largest, String upper, String step) {
        AxisScale scale = AxisScale.upTo(new BigDecimal(largest));

        assertThat(scale.upper()).isEqualByComparingTo(upper);
        assertThat(scale.step()).isEqualByComparingTo(step);
    }

    @ParameterizedTest
    @CsvSource({"1", "3.7", "161000", "86543.21", "1000000000", "0.003"})
    void theTopHoldsTheLargestInSixToTenWholeSteps(String largest) {
        AxisScale scale = AxisScale.upTo(new BigDecimal(largest));

        assertThat(scale.upper()).isGreaterThanOrEqualTo(new BigDecimal(largest));
        BigDecimal[] steps = scale.upper().divideAndRemainder(scale.step());
        assertThat(steps[1]).as("a whole number of steps").isEqualByComparingTo("0");
        assertThat(steps[0].intValueExact()).isBetween(6, 10);
    }

    @Test
    void nothingToDrawGivesAnAxisToOne() {
        assertThat(AxisScale.upTo(BigDecimal.ZERO).upper()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> new AxisScale(BigDecimal.ZERO, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
