package org.octopusdesk.domain.meeting;

/** Identity of a stored decision. */
public record DecisionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
