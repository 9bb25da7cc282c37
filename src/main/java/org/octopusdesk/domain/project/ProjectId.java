package org.octopusdesk.domain.project;

/** Identity of a stored project. */
public record ProjectId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
