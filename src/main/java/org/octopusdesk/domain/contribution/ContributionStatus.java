package org.octopusdesk.domain.contribution;

import java.math.BigDecimal;
import java.util.Locale;

/** Where a pledge stands; it follows from its payments, except a cancellation, which a person decides. */
public enum ContributionStatus {
    PLEDGED,
    PARTLY_RECEIVED,
    RECEIVED,
    CANCELLED;

    /** The status of a pledge of {@code pledged} of which {@code paid} (same currency) has been received. */
    public static ContributionStatus of(BigDecimal pledged, BigDecimal paid, boolean cancelled) {
        if (cancelled) {
            return CANCELLED;
        }
        if (paid.signum() == 0) {
            return PLEDGED;
        }
        return paid.compareTo(pledged) >= 0 ? RECEIVED : PARTLY_RECEIVED;
    }

    /** Whether money is still expected: pledged or partly received. */
    public boolean isOpen() {
        return this == PLEDGED || this == PARTLY_RECEIVED;
    }

    public String messageKey() {
        return "contribution.status." + name().toLowerCase(Locale.ROOT);
    }
}
