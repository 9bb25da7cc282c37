package org.octopusdesk.ui.conferences;

import java.util.List;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.conference.ConferenceId;
import org.octopusdesk.report.conference.Badges;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.Destination;
import org.octopusdesk.ui.shell.MenuEntry;
import org.octopusdesk.ui.shell.MenuSection;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.Route;
import org.octopusdesk.ui.shell.UiContext;

/** The Conferences area: the Octopus Conference editions, each with its facts and its programme. */
public final class ConferencesArea implements Area<ConferencesView> {

    private static final AreaId ID = new AreaId("conferences");
    /** An edition shown on its Logistics tab. */
    public static final Destination<ConferenceId> LOGISTICS = Destination.of(ID, ConferenceId.class);

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.conferences";
    }

    @Override
    public String icon() {
        return Icons.CONFERENCES;
    }

    @Override
    public List<MenuEntry<ConferencesView>> menuEntries() {
        return List.of(
                MenuEntry.of(MenuSection.NEW, "menu.file.newConference", Icons.NEW, ConferencesView::newConference)
                        .needs(Permission.CHANGE_CONFERENCES),
                MenuEntry.of(MenuSection.EDIT, "menu.edit.editConference", Icons.EDIT,
                        ConferencesView::editSelected).needs(Permission.CHANGE_CONFERENCES),
                MenuEntry.of(MenuSection.DELETE, "menu.edit.deleteConference", Icons.DELETE,
                        ConferencesView::deleteSelected).needs(Permission.CHANGE_CONFERENCES));

    }

    @Override
    public List<Route<ConferencesView, ?>> routes() {
        return List.of(new Route<>(LOGISTICS, ConferencesView::showLogistics));
    }

    @Override
    public ConferencesView create(UiContext context, Navigator navigator) {
        var service = context.workspace().conferences();
        ConferenceListViewModel list = new ConferenceListViewModel(service, context.runner(), context.dialogs(),
                context.errors(), context.messages());
        ProgrammeViewModel programme = new ProgrammeViewModel(service.programme(), context.runner(),
                context.dialogs(), context.errors(), context.messages());
        ParticipantsViewModel participants = new ParticipantsViewModel(service.participants(), service.privacy(),
                new Badges(service, context.workspace().countries()), context.runner(),
                context.dialogs(), context.errors(), context.messages());
        LogisticsViewModel logistics = new LogisticsViewModel(service.logistics(), context.runner(),
                context.dialogs(), context.errors(), context.messages());
        BudgetViewModel budget = new BudgetViewModel(context.workspace().conferenceBudgets(), context.runner(),
                context.dialogs(), context.errors(), context.messages());
        return new ConferencesView(list, programme, participants, logistics, budget, service, context.runner(),
                context.dialogs(), context.errors(), context.messages(), context.owner(), context.roles());
    }
}
