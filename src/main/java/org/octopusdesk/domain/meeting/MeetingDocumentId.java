package org.octopusdesk.domain.meeting;

/** Identity of a meeting's document. */
public record MeetingDocumentId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
