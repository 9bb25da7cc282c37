package org.octopusdesk.ui.projects;

import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDuration;

/** One line of the project list: the project and its duration as of the list's date. */
public record ProjectRow(Project project, ProjectDuration duration) {
}
