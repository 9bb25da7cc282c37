package org.octopusdesk.domain.meeting;

/** Identity of a delegation at a meeting. */
public record DelegationId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
