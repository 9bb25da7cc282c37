package org.octopusdesk.domain.meeting;

/** Identity of a stored meeting series. */
public record MeetingSeriesId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
