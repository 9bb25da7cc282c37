package org.octopusdesk.domain.contribution;

import java.util.Locale;

/** How an allocation says which part of a pledge goes to its project. */
public enum AllocationBasis {
    /** An amount in the pledge's currency. */
    AMOUNT,
    /** A share of the pledge, in percent. */
    SHARE,
    /**
     * Part of a split whose amounts were not made public (Canada's CAN$ 250,000 "to support the current
     * Cybercrime@Octopus project and the follow-up Octopus project"): the project is named, its part is not.
     */
    UNDISCLOSED;

    public String messageKey() {
        return "allocation.basis." + name().toLowerCase(Locale.ROOT);
    }
}
