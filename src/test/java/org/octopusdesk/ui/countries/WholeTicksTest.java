package org.octopusdesk.ui.countries;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WholeTicksTest {

    @Test
    void theConventionsQuarterCenturyIsTickedEveryTwoYears() {
        // The first signatures on 23/11/2001, the chart drawn in December 2026.
        assertThat(WholeTicks.covering(2001.89, 2026.92, WholeTicks.ACROSS)).isEqualTo(new WholeTicks(2000, 2028, 2));
    }

    @Test
    void aFewYearsAreTickedEachYear() {
        assertThat(WholeTicks.covering(2019.2, 2026.9, WholeTicks.ACROSS)).isEqualTo(new WholeTicks(2019, 2027, 1));
    }

    @Test
    void aLongHistoryIsTickedInFivesOrTens() {
        assertThat(WholeTicks.covering(1979.3, 2026.9, WholeTicks.ACROSS)).isEqualTo(new WholeTicks(1975, 2030, 5));
        assertThat(WholeTicks.covering(1900.0, 2026.9, WholeTicks.ACROSS)).isEqualTo(new WholeTicks(1900, 2030, 10));
    }

    @Test
    void aFewPartiesAreCountedWhole() {
        // Up the chart's short height, fewer gridlines: 0, 5, 10 ... 25 rather than every 2.
        assertThat(WholeTicks.covering(0, 3.5, WholeTicks.UP)).isEqualTo(new WholeTicks(0, 4, 1));
        assertThat(WholeTicks.covering(0, 24.5, WholeTicks.UP)).isEqualTo(new WholeTicks(0, 25, 5));
        assertThat(WholeTicks.covering(0, 76.5, WholeTicks.UP)).isEqualTo(new WholeTicks(0, 80, 20));
    }

    @Test
    void aSingleDayGetsItsWholeYear() {
        assertThat(WholeTicks.covering(2024.46, 2024.46, WholeTicks.ACROSS)).isEqualTo(new WholeTicks(2024, 2025, 1));
    }

    @Test
    void everyTickIsAWholeYearAndTheDataLieWithin() {
        for (double first = 1950; first < 2026; first += 0.37) {
            WholeTicks ticks = WholeTicks.covering(first, 2026.92, WholeTicks.ACROSS);
            assertThat(ticks.lower()).isLessThanOrEqualTo((int) Math.floor(first));
            assertThat(ticks.upper()).isGreaterThanOrEqualTo(2027);
            assertThat(ticks.lower() % ticks.step()).isZero();
            assertThat((ticks.upper() - ticks.lower()) / ticks.step() + 1).isBetween(2, 15);
        }
    }
}
