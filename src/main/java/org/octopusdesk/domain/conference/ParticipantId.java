package org.octopusdesk.domain.conference;

/** Identity of a stored participant. */
public record ParticipantId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
