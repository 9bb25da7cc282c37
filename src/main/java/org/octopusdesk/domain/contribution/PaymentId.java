package org.octopusdesk.domain.contribution;

/** Identity of a stored payment. */
public record PaymentId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
