package org.octopusdesk.domain.conference;

/** Identity of a stored logistics task. */
public record LogisticsTaskId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
