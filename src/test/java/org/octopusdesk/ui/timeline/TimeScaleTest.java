package org.octopusdesk.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeScaleTest {

    private final TimeScale scale = new TimeScale(2014, 2015, 730);

    @Test
    void mapsTheRangeOntoTheWidth() {
        assertThat(scale.x(LocalDate.of(2014, 1, 1))).isZero();
        assertThat(scale.x(LocalDate.of(2015, 1, 1))).isCloseTo(365, within(0.001));
        assertThat(scale.x(LocalDate.of(2016, 1, 1))).isCloseTo(730, within(0.001));
    }

    @Test
    void clipsSpansToTheRange() {
        assertThat(scale.span(LocalDate.of(2013, 1, 1), LocalDate.of(2014, 12, 31)))
                .containsExactly(0, 365);
        assertThat(scale.span(LocalDate.of(2015, 7, 1), LocalDate.of(2020, 12, 31))[1]).isEqualTo(730);
        assertThat(scale.span(LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void knowsWhichDaysItShows() {
        assertThat(scale.contains(LocalDate.of(2015, 12, 31))).isTrue();
        assertThat(scale.contains(LocalDate.of(2016, 1, 1))).isFalse();
    }
}
