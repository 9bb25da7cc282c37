package org.octopusdesk.domain.spending;

/** Identity of a stored expenditure line. */
public record ExpenditureId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
