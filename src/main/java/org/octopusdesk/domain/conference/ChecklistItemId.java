package org.octopusdesk.domain.conference;

/** Identity of a task of the checklist template. */
public record ChecklistItemId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
