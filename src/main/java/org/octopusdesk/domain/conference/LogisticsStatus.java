package org.octopusdesk.domain.conference;

import java.util.Locale;

/** Where a logistics task stands. Open and in-progress tasks are unfinished and can be late. */
public enum LogisticsStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    /** Whether the task still has to be done: only such a task can be overdue. */
    public boolean isUnfinished() {
        return this == OPEN || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "logistics.status." + name().toLowerCase(Locale.ROOT);
    }
}
