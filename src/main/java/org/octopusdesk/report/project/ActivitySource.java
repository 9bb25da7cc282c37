package org.octopusdesk.report.project;

import java.util.List;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.report.ReportWords;

/**
 * Something that happened for a project in a period and belongs in its report's "activities in the period":
 * the project's own decisions and funding today; meetings, conferences and assistance to countries as those
 * areas arrive, each by adding one source.
 */
public interface ActivitySource {

    /** The activities of {@code project} in the request's period, oldest first. */
    List<Activity> activities(Project project, ProjectReportRequest request, ReportWords words);

    /** One line of the activities table. */
    record Activity(java.time.LocalDate date, String kind, String description) {
    }
}
