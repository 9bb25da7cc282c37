package org.octopusdesk.domain.project;

/**
 * The administrative status the secretariat gives a project. It is set by a person, unlike the
 * {@link DurationState}, which follows from the dates.
 */
public enum ProjectStatus {
    PLANNED,
    RUNNING,
    CLOSED;

    public String messageKey() {
        return "project.status." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
