package org.octopusdesk.service.conferences;

import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.LogisticsTask;

/** A logistics task with its edition, as lists across editions (the dashboard's) show it. */
public record LogisticsLine(Conference conference, LogisticsTask task) {
}
