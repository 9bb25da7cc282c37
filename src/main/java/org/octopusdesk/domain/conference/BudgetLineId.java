package org.octopusdesk.domain.conference;

/** Identity of a stored line of a conference edition's budget. */
public record BudgetLineId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
