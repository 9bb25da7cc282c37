package org.octopusdesk.domain.meeting;

import java.util.Locale;

/** Where a follow-up action stands: open until it is done, or dropped when the committee no longer wants it. */
public enum ActionStatus {
    OPEN,
    DONE,
    DROPPED;

    public String messageKey() {
        return "followUp.status." + name().toLowerCase(Locale.ROOT);
    }
}
