package org.octopusdesk.domain.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProjectDurationTest {

    private static final LocalDate START = LocalDate.of(2014, 1, 1);
    private static final LocalDate END = LocalDate.of(2020, 12, 31);

    @Test
    void countsBothTheStartAndTheEndDay() {
        ProjectDuration duration = ProjectDuration.of(START, END, LocalDate.of(2016, 1, 1));

        assertThat(duration.totalDays()).isEqualTo(2557);
    }

    @Test
    void beforeTheStartNothingHasElapsed() {
        ProjectDuration duration = ProjectDuration.of(START, END, LocalDate.of(2013, 6, 1));

        assertThat(duration.state()).isEqualTo(DurationState.NOT_STARTED);
        assertThat(duration.elapsedDays()).isZero();
        assertThat(duration.remainingDays()).isEqualTo(2557);
        assertThat(duration.percentElapsed()).isEqualByComparingTo("0");
        assertThat(duration.monthsRemaining()).isEqualTo(84);
    }

    @Test
    void onTheStartDayItRunsWithNothingElapsedYet() {
        ProjectDuration duration = ProjectDuration.of(START, END, START);

        assertThat(duration.state()).isEqualTo(DurationState.RUNNING);
        assertThat(duration.elapsedDays()).isZero();
    }

    @Test
    void onTheEndDayOneDayRemains() {
        ProjectDuration duration = ProjectDuration.of(START, END, END);

        assertThat(duration.state()).isEqualTo(DurationState.RUNNING);
        assertThat(duration.remainingDays()).isEqualTo(1);
        assertThat(duration.elapsedDays()).isEqualTo(2556);
        assertThat(duration.percentElapsed()).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void afterTheEndEverythingHasElapsed() {
        ProjectDuration duration = ProjectDuration.of(START, END, LocalDate.of(2026, 11, 28));

        assertThat(duration.state()).isEqualTo(DurationState.ENDED);
        assertThat(duration.elapsedDays()).isEqualTo(2557);
        assertThat(duration.remainingDays()).isZero();
        assertThat(duration.percentElapsed()).isEqualTo(new BigDecimal("100.0"));
        assertThat(duration.monthsRemaining()).isZero();
    }

    @Test
    void percentIsRoundedHalfUpToOneDecimal() {
        // 2006 of 2557 days = 78.451...%
        ProjectDuration duration = ProjectDuration.of(START, END, LocalDate.of(2019, 6, 30));

        assertThat(duration.elapsedDays()).isEqualTo(2006);
        assertThat(duration.percentElapsed()).isEqualTo(new BigDecimal("78.5"));
        assertThat(duration.fractionElapsed()).isBetween(0.784, 0.785);
    }

    @Test
    void aOneDayProjectIsWholeOnItsDay() {
        LocalDate day = LocalDate.of(2023, 12, 13);

        ProjectDuration duration = ProjectDuration.of(day, day, day);

        assertThat(duration.totalDays()).isEqualTo(1);
        assertThat(duration.remainingDays()).isEqualTo(1);
    }

    @Test
    void monthsRemainingCountsWholeMonthsToTheEnd() {
        assertThat(ProjectDuration.of(START, END, LocalDate.of(2020, 10, 1)).monthsRemaining()).isEqualTo(3);
        assertThat(ProjectDuration.of(START, END, LocalDate.of(2020, 10, 2)).monthsRemaining()).isEqualTo(2);
    }

    @Test
    void warnsWithinNinetyDaysOfTheEnd() {
        assertThat(ProjectDuration.of(START, END, END.minusDays(89)).endsSoon()).isTrue();
        assertThat(ProjectDuration.of(START, END, END.minusDays(90)).endsSoon()).isFalse();
        assertThat(ProjectDuration.of(START, END, END.plusDays(1)).endsSoon()).isFalse();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> ProjectDuration.of(END, START, START)).isInstanceOf(IllegalArgumentException.class);
    }
}
