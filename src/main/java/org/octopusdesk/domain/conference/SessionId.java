package org.octopusdesk.domain.conference;

/** Identity of a stored programme session. */
public record SessionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
