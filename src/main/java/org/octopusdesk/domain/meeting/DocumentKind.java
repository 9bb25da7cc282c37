package org.octopusdesk.domain.meeting;

import java.util.Locale;

/** What a meeting document is, as the T-CY's lists of documents say. */
public enum DocumentKind {
    AGENDA,
    WORKING_DOCUMENT,
    MEETING_REPORT,
    ABRIDGED_REPORT,
    OTHER;

    public String messageKey() {
        return "document.kind." + name().toLowerCase(Locale.ROOT);
    }
}
