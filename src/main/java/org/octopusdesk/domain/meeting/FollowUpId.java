package org.octopusdesk.domain.meeting;

/** Identity of a stored follow-up action. */
public record FollowUpId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
