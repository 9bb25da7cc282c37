package org.octopusdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LongestGapsTest {

    @Test
    void keepsTheLongestGapsLongestFirstWithWhereTheyHappened() {
        LongestGaps gaps = new LongestGaps(3);
        long[] millis = {17, 551, 16, 240, 33, 250, 18};
        for (int i = 0; i < millis.length; i++) {
            gaps.note(new LongestGaps.Gap(millis[i], "area-" + i, i + 1, millis.length, i * 10,
                    new FrameCosts.Spent(millis[i] / 2, millis[i] / 4, i, millis[i] * 2, OptionalLong.of(i * 10)),
                    Instant.parse("2026-12-02T07:12:03.123Z").plusSeconds(i)));
        }

        List<LongestGaps.Gap> longest = gaps.longestFirst();

        assertThat(longest).extracting(LongestGaps.Gap::millis).containsExactly(551L, 250L, 240L);
        assertThat(longest).extracting(LongestGaps.Gap::area).containsExactly("area-1", "area-5", "area-3");
        assertThat(gaps.longestByArea()).hasSize(millis.length);
        assertThat(longest.get(0).describe())
                .isEqualTo("551 area-1 step 2/7 +10 ms, FX thread's CPU 275 ms, renderer's CPU 137 ms,"
                        + " collector 1 ms, process's CPU 1102 ms, stolen by the host 10 ms, ended 07:12:04.123 UTC");
    }

    @Test
    void namesTheLongestGapTheHostTookNothingFromAndAddsUpWhatItTook() {
        LongestGaps gaps = new LongestGaps(1);
        gaps.note(new LongestGaps.Gap(180, "dashboard", 1, 3, 500, stolen(200), Instant.EPOCH));
        gaps.note(new LongestGaps.Gap(90, "projects", 2, 3, 0, stolen(0), Instant.EPOCH));
        gaps.note(new LongestGaps.Gap(120, "projects", 2, 3, 40, stolen(100), Instant.EPOCH));
        gaps.note(new LongestGaps.Gap(40, "timeline", 3, 3, 0, stolen(0), Instant.EPOCH));
        gaps.note(new LongestGaps.Gap(95, "timeline", 3, 3, 60, spent(30), Instant.EPOCH));

        assertThat(gaps.longestFirst()).extracting(LongestGaps.Gap::millis).containsExactly(180L);
        assertThat(gaps.longestNothingStolen()).map(LongestGaps.Gap::area).as("95 ms, but nobody knows").hasValue(
                "projects");
        assertThat(gaps.longestNothingStolen().orElseThrow().millis()).isEqualTo(90);
        assertThat(gaps.stolenSummary()).isEqualTo("300 of 525 ms in 2 gaps");
    }

    @Test
    void whereNothingIsKnownNoGapIsSpared() {
        LongestGaps gaps = new LongestGaps(2);
        gaps.note(new LongestGaps.Gap(30, "dashboard", 1, 1, 0, spent(10), Instant.EPOCH));

        assertThat(gaps.longestNothingStolen()).isEmpty();
        assertThat(gaps.longestFirst().get(0).describe()).doesNotContain("stolen");
        assertThat(gaps.stolenSummary()).isEqualTo("0 of 30 ms in 0 gaps");
    }

    @Test
    void fewerGapsThanKeptAreAllKept() {
        LongestGaps gaps = new LongestGaps(5);
        gaps.note(new LongestGaps.Gap(20, "dashboard", 1, 2, 0, spent(10), Instant.EPOCH));
        gaps.note(new LongestGaps.Gap(40, "timeline", 2, 2, 400, spent(30), Instant.EPOCH));

        assertThat(gaps.longestFirst()).extracting(LongestGaps.Gap::area).containsExactly("timeline", "dashboard");
    }

    @Test
    void keepsEachAreasLongestGapInTheOrderTheAreasCame() {
        LongestGaps gaps = new LongestGaps(1);
        gaps.note(new LongestGaps.Gap(30, "dashboard", 1, 2, 0, spent(10), Instant.EPOCH));
        gaps.note(new LongestGaps.Gap(90, "dashboard", 1, 2, 120, spent(60), Instant.EPOCH));
        gaps.note(new LongestGaps.Gap(50, "timeline", 2, 2, 0, spent(40), Instant.EPOCH));
        gaps.note(new LongestGaps.Gap(20, "dashboard", 1, 2, 300, spent(5), Instant.EPOCH));

        assertThat(gaps.longestByArea()).extracting(LongestGaps.Gap::area, LongestGaps.Gap::millis)
                .containsExactly(tuple("dashboard", 90L), tuple("timeline", 50L));
        assertThat(gaps.longestFirst()).extracting(LongestGaps.Gap::millis).containsExactly(90L);
    }

    @Test
    void keepsAtLeastOne() {
        assertThatThrownBy(() -> new LongestGaps(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static FrameCosts.Spent spent(long fxCpuMillis) {
        return new FrameCosts.Spent(fxCpuMillis, 0, 0, fxCpuMillis, OptionalLong.empty());
    }

    private static FrameCosts.Spent stolen(long stolenMillis) {
        return new FrameCosts.Spent(10, 0, 0, 20, OptionalLong.of(stolenMillis));
    }
}
