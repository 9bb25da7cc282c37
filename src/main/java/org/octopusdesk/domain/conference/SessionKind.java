package org.octopusdesk.domain.conference;

import java.util.Locale;

/** What a session of the programme is. */
public enum SessionKind {
    PLENARY,
    WORKSHOP,
    SIDE_EVENT;

    public String messageKey() {
        return "session.kind." + name().toLowerCase(Locale.ROOT);
    }
}
