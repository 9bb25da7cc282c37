package org.octopusdesk.ui.timeline;

import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.UiContext;

/** The timeline of all projects as an area of the window. */
public final class TimelineArea implements Area<TimelineView> {

    private static final AreaId ID = new AreaId("timeline");

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.timeline";
    }

    @Override
    public String icon() {
        return Icons.TIMELINE;
    }

    @Override
    public TimelineView create(UiContext context, Navigator navigator) {
        return new TimelineView(new TimelineViewModel(context.workspace().projects(), context.runner(),
                context.errors()), context.messages());
    }
}
