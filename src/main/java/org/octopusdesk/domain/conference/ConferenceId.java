package org.octopusdesk.domain.conference;

/** Identity of a stored conference edition. */
public record ConferenceId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
