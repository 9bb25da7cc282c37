package org.octopusdesk.domain.meeting;

/** Identity of a stored agenda item. */
public record AgendaItemId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
