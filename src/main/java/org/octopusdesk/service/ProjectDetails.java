package org.octopusdesk.service;

import java.util.List;
import java.util.Optional;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.Project;

/** A project with its amendment history (oldest first) and its neighbours in the chain of projects. */
public record ProjectDetails(
        Project project,
        List<Amendment> amendments,
        Optional<Project> predecessor,
        Optional<Project> successor) {

    public ProjectDetails {
        amendments = List.copyOf(amendments);
    }
}
