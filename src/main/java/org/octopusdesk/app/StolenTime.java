package org.octopusdesk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The time a virtual machine's processors were taken away by its host, as Linux counts it ({@code steal}, the
 * eighth figure of {@code /proc/stat}'s first line), for the probe's gaps (decision 0046).
 *
 * <p>On the development machines, a virtual machine of two processors, the host takes a processor for 100 ms at a
 * time whenever both are busy: two busy loops lost 9% of their time that way. A thread on that processor, the FX
 * thread or JavaFX's renderer, then stops for 100 ms whatever it was doing. A gap that holds stolen time is longer
 * by a cause the application cannot remove, only avoid by keeping a processor free; the probe says which gaps.
 */
final class StolenTime {

    /** Linux writes {@code /proc/stat} in clock ticks of USER_HZ, which is 100 on every architecture it runs on. */
    private static final long MILLIS_PER_TICK = 10;
    private static final int STEAL_FIELD = 8;

    private final Path source;

    StolenTime(Path source) {
        this.source = source;
    }

    /** The machine's own counter. */
    static StolenTime ofThisMachine() {
        return new StolenTime(Path.of("/proc/stat"));
    }

    /**
     * Milliseconds stolen from all the machine's processors together since it started; empty where the system keeps
     * no such count (not Linux, or a kernel without it), so that no gap reads as spared when nobody knows.
     */
    OptionalLong millis() {
        try {
            return parse(Files.readString(source, StandardCharsets.US_ASCII));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** The steal figure of {@code /proc/stat}'s text, in milliseconds. */
    static OptionalLong parse(String stat) {
        int end = stat.indexOf('\n');
        String[] first = (end < 0 ? stat : stat.substring(0, end)).trim().split("\\s+");
        if (first.length <= STEAL_FIELD || !"cpu".equals(first[0])) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(first[STEAL_FIELD]) * MILLIS_PER_TICK);
    }
}
