package org.octopusdesk.ui.projects;

import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectId;

/** A project offered in a choice box, labelled by code and name. */
public record ProjectChoice(ProjectId id, String label) {

    public static ProjectChoice of(Project project) {
        return new ProjectChoice(project.id(), project.code() + " – " + project.name());
    }

    @Override
    public String toString() {
        return label;
    }
}
