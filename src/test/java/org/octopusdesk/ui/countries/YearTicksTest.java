package org.octopusdesk.ui.countries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class YearTicksTest {

    @Test
    void theConventionsQuarterCenturyIsTickedEveryTwoYears() {
        // The first signatures on 23/11/2001, the chart drawn in December 2026.
        assertThat(YearTicks.covering(2001.89, 2026.92)).isEqualTo(new YearTicks(2000, 2028, 2));
    }

    @Test
    void aFewYearsAreTickedEachYear() {
        assertThat(YearTicks.covering(2019.2, 2026.9)).isEqualTo(new YearTicks(2019, 2027, 1));
    }

    @Test
    void aLongHistoryIsTickedInFivesOrTens() {
        assertThat(YearTicks.covering(1979.3, 2026.9)).isEqualTo(new YearTicks(1975, 2030, 5));
        assertThat(YearTicks.covering(1900.0, 2026.9)).isEqualTo(new YearTicks(1900, 2030, 10));
    }

    @Test
    void aSingleDayGetsItsWholeYear() {
        assertThat(YearTicks.covering(2024.46, 2024.46)).isEqualTo(new YearTicks(2024, 2025, 1));
    }

    @Test
    void everyTickIsAWholeYearAndTheDataLieWithin() {
        for (double first = 1950; first < 2026; first += 0.37) {
            YearTicks ticks = YearTicks.covering(first, 2026.92);
            assertThat(ticks.lower()).isLessThanOrEqualTo((int) Math.floor(first));
            assertThat(ticks.upper()).isGreaterThanOrEqualTo(2027);
            assertThat(ticks.lower() % ticks.step()).isZero();
            assertThat((ticks.upper() - ticks.lower()) / ticks.step() + 1).isBetween(2, 15);
        }
    }
}
