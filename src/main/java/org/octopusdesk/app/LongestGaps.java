package org.octopusdesk.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The few longest times between two frames seen during the probe's tour, each with where the tour was: the area
 * shown, its place in the tour and how long after it was shown the gap began. One number says how bad the worst
 * pause is; these say which screen, and whether it was the area's first frame or the data arriving later.
 */
final class LongestGaps {

    /**
     * One gap between two frames; {@code afterShownMillis} is from the area's show to the gap's start;
     * {@code spent} what the FX thread, the renderer, the collector and the whole process used of it (the first
     * three's sum is often less than the gap: the FX thread waited for a processor other work held);
     * {@code ended} the time of the frame that ended it, to find it in a flight recording of the same run.
     */
    record Gap(long millis, String area, int step, int steps, long afterShownMillis, FrameCosts.Spent spent,
            Instant ended) {

        /**
         * The probe's line: {@code 551 dashboard step 1/21 +430 ms, FX thread's CPU 240 ms, renderer's CPU 120 ms,
         * collector 0 ms, process's CPU 700 ms, stolen by the host 100 ms, ended 07:12:03.123 UTC}; the stolen
         * time is left out where the system does not count it.
         */
        String describe() {
            return millis + " " + area + " step " + step + "/" + steps + " +" + afterShownMillis
                    + " ms, FX thread's CPU " + spent.fxCpuMillis() + " ms, renderer's CPU "
                    + spent.rendererCpuMillis() + " ms, collector " + spent.collectorMillis() + " ms, process's CPU "
                    + spent.processCpuMillis() + " ms, "
                    + (spent.stolenMillis().isPresent()
                            ? "stolen by the host " + spent.stolenMillis().getAsLong() + " ms, " : "")
                    + "ended " + CLOCK.format(ended) + " UTC";
        }
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final int kept;
    private final List<Gap> gaps = new ArrayList<>();
    /** Each area's own longest gap, in the order the tour reached them: which screens got better, which not. */
    private final Map<String, Gap> byArea = new LinkedHashMap<>();
    /** The longest gap in which the host is known to have taken no processor time: the application's own worst. */
    private Gap longestNothingStolen;
    private long allMillis;
    private long stolenMillis;
    private int gapsWithStolenTime;

    LongestGaps(int kept) {
        if (kept < 1) {
            throw new IllegalArgumentException("At least one gap is kept: " + kept);
        }
        this.kept = kept;
    }

    /** Notes a gap, keeping it only if it is among the {@code kept} longest so far. */
    void note(Gap gap) {
        allMillis += gap.millis();
        gap.spent().stolenMillis().ifPresent(stolen -> {
            stolenMillis += stolen;
            gapsWithStolenTime += stolen > 0 ? 1 : 0;
        });
        if (gap.spent().nothingStolen() && (longestNothingStolen == null
                || gap.millis() > longestNothingStolen.millis())) {
            longestNothingStolen = gap;
        }
        byArea.merge(gap.area(), gap, (old, now) -> now.millis() > old.millis() ? now : old);
        if (gaps.size() == kept && gap.millis() <= gaps.get(kept - 1).millis()) {
            return;
        }
        gaps.add(gap);
        gaps.sort(Comparator.comparingLong(Gap::millis).reversed());
        if (gaps.size() > kept) {
            gaps.remove(kept);
        }
    }

    /** Each area's longest gap, areas in the order of their first gap. */
    List<Gap> longestByArea() {
        return List.copyOf(byArea.values());
    }

    /** The longest gap in which the host took nothing; empty if none was known to be spared. */
    Optional<Gap> longestNothingStolen() {
        return Optional.ofNullable(longestNothingStolen);
    }

    /**
     * The probe's line on the host: {@code 2930 of 18900 ms in 41 gaps}, the time it took from the machine's
     * processors (all together) during the gaps noted, their total length, and how many gaps it took time from.
     */
    String stolenSummary() {
        return stolenMillis + " of " + allMillis + " ms in " + gapsWithStolenTime + " gaps";
    }

    /** The longest gaps, longest first. */
    List<Gap> longestFirst() {
        return List.copyOf(gaps);
    }
}
