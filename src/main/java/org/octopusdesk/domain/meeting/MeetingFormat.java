package org.octopusdesk.domain.meeting;

import java.util.Locale;

/** How the members meet. */
public enum MeetingFormat {
    IN_PERSON,
    ONLINE,
    HYBRID,
    /** The sources do not say; kept rather than guessed. */
    NOT_RECORDED;

    public String messageKey() {
        return "meeting.format." + name().toLowerCase(Locale.ROOT);
    }
}
