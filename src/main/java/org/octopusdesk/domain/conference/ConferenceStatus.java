package org.octopusdesk.domain.conference;

import java.util.Locale;

/** Where an edition stands, from its first plans to its closed accounts. */
public enum ConferenceStatus {
    PLANNING,
    REGISTRATION_OPEN,
    HELD,
    CLOSED;

    public String messageKey() {
        return "conference.status." + name().toLowerCase(Locale.ROOT);
    }
}
