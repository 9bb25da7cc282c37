package org.octopusdesk.domain.conference;

import java.util.Locale;

/** What a logistics task of an edition is about. */
public enum LogisticsCategory {
    VENUE,
    /** English/French interpretation: the Council of Europe's two official languages. */
    INTERPRETATION,
    VISAS,
    /** The travel of the participants whose journey the project pays. */
    TRAVEL,
    BADGES,
    CATERING,
    OTHER;

    public String messageKey() {
        return "logistics.category." + name().toLowerCase(Locale.ROOT);
    }
}
