package org.octopusdesk.app;

import java.util.List;
import org.octopusdesk.ui.conferences.ConferencesArea;
import org.octopusdesk.ui.contributions.ContributionsArea;
import org.octopusdesk.ui.countries.CountriesArea;
import org.octopusdesk.ui.dashboard.DashboardArea;
import org.octopusdesk.ui.donors.DonorsArea;
import org.octopusdesk.ui.meetings.MeetingsArea;
import org.octopusdesk.ui.projects.ProjectsArea;
import org.octopusdesk.ui.rates.RatesArea;
import org.octopusdesk.ui.reports.ReportsArea;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.timeline.TimelineArea;

/**
 * The areas of the window, one line each, in the order of the sidebar and of the View menu; the n-th is shown with
 * Ctrl+n. The window opens on the first.
 */
final class Areas {

    private Areas() {
    }

    static List<Area<?>> inSidebarOrder() {
        return List.of(
                new DashboardArea(),
                new ProjectsArea(),
                new TimelineArea(),
                new DonorsArea(),
                new ContributionsArea(),
                new RatesArea(),
                new MeetingsArea(),
                new ConferencesArea(),
                new CountriesArea(),
                new ReportsArea());
    }
}
