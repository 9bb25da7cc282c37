package org.octopusdesk.service.csv;

import java.util.function.DoubleConsumer;

/**
 * How far a file import got, for the window's progress bar and the command line's progress lines. An import
 * checks every line first ({@link Stage#CHECKED}), then writes its records ({@link Stage#WRITTEN}); it reports
 * often (every few hundred lines), so a listener that prints decides itself how often to print.
 */
@FunctionalInterface
public interface ImportProgress {

    /** The two passes of an import. */
    enum Stage {
        CHECKED, WRITTEN
    }

    /** {@code done} of {@code total} lines checked, or records written. */
    void reached(Stage stage, int done, int total);

    static ImportProgress ignored() {
        return (stage, done, total) -> { };
    }

    /**
     * The share done, from 0 to 1, for a progress bar: checking is the first fifth of the work, writing the rest
     * (as measured on a 100,000-line file).
     */
    static ImportProgress asShare(DoubleConsumer share) {
        return (stage, done, total) -> {
            double part = total == 0 ? 1 : (double) done / total;
            share.accept(stage == Stage.CHECKED ? part * 0.2 : 0.2 + part * 0.8);
        };
    }
}
