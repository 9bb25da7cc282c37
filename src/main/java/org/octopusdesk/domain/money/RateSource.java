package org.octopusdesk.domain.money;

import java.util.Locale;

/** Where an exchange rate comes from. The ECB reference rate is the default. */
public enum RateSource {
    ECB,
    INFOREURO,
    UN_OPERATIONAL,
    BANK_ACTUAL,
    MANUAL;

    public String messageKey() {
        return "rate.source." + name().toLowerCase(Locale.ROOT);
    }

    /** The name in a table column. */
    public String shortMessageKey() {
        return "rate.sourceShort." + name().toLowerCase(Locale.ROOT);
    }
}
