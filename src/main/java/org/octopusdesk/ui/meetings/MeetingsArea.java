package org.octopusdesk.ui.meetings;

import java.util.List;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.meeting.MeetingId;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.Destination;
import org.octopusdesk.ui.shell.MenuEntry;
import org.octopusdesk.ui.shell.MenuSection;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.Route;
import org.octopusdesk.ui.shell.UiContext;

/** The Meetings area: the committee's meetings by series and year, and each meeting's page. */
public final class MeetingsArea implements Area<MeetingsView> {

    private static final AreaId ID = new AreaId("meetings");
    /** Show this meeting: the dashboard's overdue actions and next meetings lead here. */
    public static final Destination<MeetingId> MEETING = Destination.of(ID, MeetingId.class);

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.meetings";
    }

    @Override
    public String icon() {
        return Icons.MEETINGS;
    }

    @Override
    public List<MenuEntry<MeetingsView>> menuEntries() {
        return List.of(
                MenuEntry.of(MenuSection.NEW, "menu.file.newMeeting", Icons.NEW, MeetingsView::newMeeting)
                        .needs(Permission.CHANGE_MEETINGS),
                MenuEntry.of(MenuSection.EDIT, "menu.edit.editMeeting", Icons.EDIT, MeetingsView::editSelected)
                        .needs(Permission.CHANGE_MEETINGS),
                MenuEntry.of(MenuSection.DELETE, "menu.edit.deleteMeeting", Icons.DELETE,
                        MeetingsView::deleteSelected).needs(Permission.CHANGE_MEETINGS),
                MenuEntry.of(MenuSection.FIND, "menu.edit.decisionsRegister", Icons.FIND, MeetingsView::openRegister));
    }

    @Override
    public List<Route<MeetingsView, ?>> routes() {
        return List.of(new Route<>(MEETING, MeetingsView::select));
    }

    @Override
    public MeetingsView create(UiContext context, Navigator navigator) {
        var service = context.workspace().meetings();
        MeetingListViewModel list = new MeetingListViewModel(service, context.runner(), context.dialogs(),
                context.errors(), context.messages());
        AgendaViewModel agenda = new AgendaViewModel(service.agenda(), context.runner(), context.dialogs(),
                context.errors(), context.messages());
        var workspace = context.workspace();
        MeetingRecords records = new MeetingRecords(
                new DocumentsViewModel(workspace.meetingDocuments(), context.runner(), context.dialogs(),
                        context.errors(), context.messages(), context.openDocument()),
                new AttendanceViewModel(workspace.attendance(), workspace.countries(),
                        context.runner(), context.dialogs(), context.errors(), context.messages()));
        FollowUpViewModel followUps = new FollowUpViewModel(workspace.followUps(), context.runner(),
                context.dialogs(), context.errors(), context.messages());
        CommitteeTools committee = new CommitteeTools(workspace.followUps(), workspace.bureau(),
                workspace.countries().all(), context.dialogs(), workspace.projects()::today);
        return new MeetingsView(list, agenda, records, followUps, service, committee, context.runner(),
                context.errors(), context.messages(), context.owner(), context.roles());
    }
}
