package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The euros of one payment that one earmark carries, at the cent, as stored beside the payment: a payment's parts
 * add up exactly to its euro amount (see {@link EarmarkSplit}), and every total by earmark adds up parts.
 *
 * @param project the earmark's project for {@link Kind#PROJECT}, {@link #NO_PROJECT} otherwise
 */
public record PaymentPart(Kind kind, long project, BigDecimal euros) {

    /** The project of a part that belongs to no single project. */
    public static final long NO_PROJECT = 0L;

    /** Where a part of a payment goes. */
    public enum Kind {
        /** A project's earmark, by amount or share. */
        PROJECT,
        /** The whole payment of a pledge split between projects without public amounts. */
        UNDISCLOSED,
        /** What no earmark carries. */
        NOT_EARMARKED
    }

    public PaymentPart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(euros, "euros");
        if (kind == Kind.PROJECT == (project == NO_PROJECT)) {
            throw new IllegalArgumentException("a project part names its project, and only it: " + kind);
        }
    }
}
