package org.octopusdesk.domain.project;

/** Where a date falls against a project's start and current end. */
public enum DurationState {
    NOT_STARTED,
    RUNNING,
    ENDED;

    public String messageKey() {
        return "duration.state." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
