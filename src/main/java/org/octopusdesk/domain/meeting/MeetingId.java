package org.octopusdesk.domain.meeting;

/** Identity of a stored meeting. */
public record MeetingId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
