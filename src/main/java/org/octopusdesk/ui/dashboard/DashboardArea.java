package org.octopusdesk.ui.dashboard;

import org.octopusdesk.service.Workspace;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.conferences.ConferencesArea;
import org.octopusdesk.ui.meetings.MeetingsArea;
import org.octopusdesk.ui.projects.ProjectsArea;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.UiContext;

/** The dashboard as an area of the window; its project cards and warnings open the project in Projects, its
 * actions and meetings the meeting in Meetings, its overdue logistics tasks the edition's Logistics tab. */
public final class DashboardArea implements Area<DashboardView> {

    private static final AreaId ID = new AreaId("dashboard");

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.dashboard";
    }

    @Override
    public String icon() {
        return Icons.DASHBOARD;
    }

    @Override
    public DashboardView create(UiContext context, Navigator navigator) {
        Workspace services = context.workspace();
        DashboardViewModel viewModel = new DashboardViewModel(services.projects(), services.contributions(),
                services.spending(), services.followUps(), services.conferences().logistics(), context.runner(),
                context.errors());
        return new DashboardView(viewModel, context.messages(),
                project -> navigator.open(ProjectsArea.PROJECT, project),
                meeting -> navigator.open(MeetingsArea.MEETING, meeting),
                conference -> navigator.open(ConferencesArea.LOGISTICS, conference));
    }
}
