package org.octopusdesk.domain.meeting;

import java.util.Locale;

/** How the members meet. */
public enum MeetingFormat {
    IN_PERSON,
    ONLINE,
    HYBRID;

    public String messageKey() {
        return "meeting.format." + name().toLowerCase(Locale.ROOT);
    }
}
