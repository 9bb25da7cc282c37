package org.octopusdesk.domain.donor;

/** Identity of a stored donor. */
public record DonorId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
