package org.octopusdesk.domain.meeting;

/** Identity of a stored Bureau seat. */
public record BureauMemberId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
