package org.octopusdesk.ui.reports;

import java.time.Clock;
import org.octopusdesk.report.Reports;
import org.octopusdesk.service.AppVersion;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.UiContext;

/** The Reports area: donor and project reports made, previewed and saved as PDF. */
public final class ReportsArea implements Area<ReportsView> {

    private static final AreaId ID = new AreaId("reports");

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.reports";
    }

    @Override
    public String icon() {
        return Icons.REPORTS;
    }

    @Override
    public ReportsView create(UiContext context, Navigator navigator) {
        Workspace workspace = context.workspace();
        ReportsViewModel viewModel = new ReportsViewModel(reports(workspace), workspace.donors(),
                workspace.projects(), context.runner(), context.errors(), context.messages(),
                workspace.projects()::today, context.preferences());
        return new ReportsView(viewModel, new ReportPreviewViewModel(context.runner(), context.errors()),
                context.messages(), context.owner(), context.openDocument());
    }

    /** The reports of the window: the same builders the command line uses, so both print the same figures. */
    private static Reports reports(Workspace workspace) {
        return Reports.of(workspace, Clock.systemDefaultZone(), AppVersion.current());
    }
}
