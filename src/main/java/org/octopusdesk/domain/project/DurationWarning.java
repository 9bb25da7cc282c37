package org.octopusdesk.domain.project;

import java.util.ArrayList;
import java.util.List;

/** Something about a project's dates that the secretariat should act on. */
public enum DurationWarning {
    /** Running and ending within {@value ProjectDuration#END_WARNING_DAYS} days: extend it or prepare the close. */
    ENDS_SOON,
    /** Its end date has passed, yet it is still marked running: amend the end or close it. */
    STILL_MARKED_RUNNING,
    /** It has started, yet it is still marked planned. */
    STILL_MARKED_PLANNED;

    public String messageKey() {
        return "warning." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<DurationWarning> of(Project project, ProjectDuration duration) {
        List<DurationWarning> warnings = new ArrayList<>();
        if (duration.endsSoon() && project.status() != ProjectStatus.CLOSED) {
            warnings.add(ENDS_SOON);
        }
        if (duration.state() == DurationState.ENDED && project.status() == ProjectStatus.RUNNING) {
            warnings.add(STILL_MARKED_RUNNING);
        }
        if (duration.state() == DurationState.RUNNING && project.status() == ProjectStatus.PLANNED) {
            warnings.add(STILL_MARKED_PLANNED);
        }
        return warnings;
    }
}
