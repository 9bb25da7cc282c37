package org.octopusdesk.ui.contributions;

import org.octopusdesk.domain.project.Project;
import org.octopusdesk.service.contributions.EarmarkEdition;

/**
 * What an earmark line names: a project as a whole, or one of its conference editions, listed under it so that the
 * edition's money is plainly the project's (decision 0028).
 *
 * @param edition {@code null} for the whole project
 */
public record EarmarkTarget(Project project, EarmarkEdition edition) {

    /** "OCTOPUS – Octopus Project", or "OCTOPUS – Octopus Project › Octopus Conference 2023". */
    public String label() {
        String name = project.code() + " – " + project.name();
        return edition == null ? name : name + " › " + edition.title();
    }
}
