package org.octopusdesk.domain;

import java.util.List;

/**
 * Several refusals told together, as one argument of the message that refuses the whole: a file's every bad value
 * rather than only its first. The first {@value #SHOWN} are kept to be told in full, and how many there were in
 * all, so that a file with thousands of bad values neither floods a dialog nor fills the memory.
 */
public record ProblemList(List<DomainException> shown, int total) {

    /** How many are told in full; the rest are counted. */
    public static final int SHOWN = 10;

    public ProblemList {
        shown = List.copyOf(shown.subList(0, Math.min(SHOWN, shown.size())));
        if (total < shown.size()) {
            throw new IllegalArgumentException(total + " problems in all, fewer than the " + shown.size() + " shown");
        }
    }

    /** How many problems are counted but not told. */
    public int notShown() {
        return total - shown.size();
    }
}
