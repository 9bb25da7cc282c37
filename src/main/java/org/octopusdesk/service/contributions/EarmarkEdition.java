package org.octopusdesk.service.contributions;

import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.domain.project.ProjectId;

/** A conference edition an earmark can name: one that belongs to a project, under which it is chosen. */
public record EarmarkEdition(ConferenceId id, ProjectId project, int year, String title) {
}
