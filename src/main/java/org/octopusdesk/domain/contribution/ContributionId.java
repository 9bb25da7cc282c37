package org.octopusdesk.domain.contribution;

/** Identity of a stored contribution. */
public record ContributionId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
