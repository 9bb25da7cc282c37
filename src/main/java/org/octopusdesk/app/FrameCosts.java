package org.octopusdesk.app;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.OptionalLong;

/**
 * Where the time between two frames went, read on the FX thread at each frame: the CPU time of the FX thread
 * itself, of JavaFX's renderer thread (which draws the previous frame while the FX thread prepares the next, and
 * which the FX thread waits for before it may change what is drawn), the collector's time, and the CPU time of
 * the whole process. What the first three do not explain is time the FX thread waited: for a processor, when the
 * process used near twice the gap on two cores, or else for the display. The machine's stolen time
 * ({@link StolenTime}) says when its host took a processor away, which no thread of the process can help.
 */
final class FrameCosts {

    /**
     * Cumulative figures at one frame, in nanoseconds (the collector's and the stolen time in milliseconds, as the
     * JVM and Linux keep them; the stolen time empty where the system does not count it).
     */
    record Reading(long fxCpuNanos, long rendererCpuNanos, long collectorMillis, long processCpuNanos,
            OptionalLong stolenMillis) {

        /** What was spent from {@code earlier} to this reading, in milliseconds. */
        Spent since(Reading earlier) {
            OptionalLong stolen = stolenMillis.isPresent() && earlier.stolenMillis.isPresent()
                    ? OptionalLong.of(stolenMillis.getAsLong() - earlier.stolenMillis.getAsLong())
                    : OptionalLong.empty();
            return new Spent((fxCpuNanos - earlier.fxCpuNanos) / 1_000_000,
                    (rendererCpuNanos - earlier.rendererCpuNanos) / 1_000_000,
                    collectorMillis - earlier.collectorMillis,
                    (processCpuNanos - earlier.processCpuNanos) / 1_000_000, stolen);
        }
    }

    /**
     * Milliseconds spent in one gap: the FX thread's CPU, the renderer's CPU, the collector's pauses, and the CPU
     * of the whole process (every thread: the background work, the compilers); near twice the gap on two cores
     * means the FX thread waited for a processor its own process held. {@code stolenMillis} is what the machine's
     * host took from its processors in the gap, all processors together, in steps of 10 ms; empty if unknown.
     */
    record Spent(long fxCpuMillis, long rendererCpuMillis, long collectorMillis, long processCpuMillis,
            OptionalLong stolenMillis) {

        /** Whether the host is known to have taken nothing from the machine's processors during the gap. */
        boolean nothingStolen() {
            return stolenMillis.isPresent() && stolenMillis.getAsLong() == 0;
        }
    }

    /** The name JavaFX gives its renderer thread (com.sun.javafx.tk.quantum.QuantumRenderer). */
    private static final String RENDERER_THREAD = "QuantumRenderer";

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
    private final OptionalLong renderer = rendererThreadId();
    private final StolenTime stolen = StolenTime.ofThisMachine();

    /** The figures now; call on the FX thread. A renderer not found (never seen) reads as zero. */
    Reading read() {
        long rendererCpu = renderer.isPresent() ? Math.max(0, threads.getThreadCpuTime(renderer.getAsLong())) : 0;
        long collector = collectors.stream().mapToLong(bean -> Math.max(0, bean.getCollectionTime())).sum();
        return new Reading(threads.getCurrentThreadCpuTime(), rendererCpu, collector, processCpuNanos(),
                stolen.millis());
    }

    /** The CPU time of every thread of the process, where the JVM tells it (HotSpot does); else zero. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }

    private static OptionalLong rendererThreadId() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(RENDERER_THREAD))
                .mapToLong(Thread::getId).findFirst();
    }
}
