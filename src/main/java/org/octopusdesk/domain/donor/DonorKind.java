package org.octopusdesk.domain.donor;

import java.util.Locale;

/** What kind of body a donor is; a State's relation to the Budapest Convention matters in donor reports. */
public enum DonorKind {
    STATE_PARTY(true),
    OBSERVER_STATE(true),
    OTHER_STATE(true),
    PUBLIC_BODY(true),
    PRIVATE_COMPANY(false),
    INTERNATIONAL_ORGANISATION(false),
    OTHER(false);

    private final boolean hasCountry;

    DonorKind(boolean hasCountry) {
        this.hasCountry = hasCountry;
    }

    /** States and public bodies belong to a country, which must then be given. */
    public boolean requiresCountry() {
        return hasCountry;
    }

    public String messageKey() {
        return "donor.kind." + name().toLowerCase(Locale.ROOT);
    }
}
