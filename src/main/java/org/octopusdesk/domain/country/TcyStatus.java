package org.octopusdesk.domain.country;

/**
 * Where a country stands in the T-CY on a date. PARTY follows from the Convention (a deposit of ETS 185); the other
 * statuses are recorded with the date from which they hold. NONE ends a recorded status.
 */
public enum TcyStatus {
    PARTY,
    OBSERVER,
    AD_HOC_OBSERVER,
    INVITED,
    NONE;

    public String messageKey() {
        return "tcyStatus." + name();
    }
}
