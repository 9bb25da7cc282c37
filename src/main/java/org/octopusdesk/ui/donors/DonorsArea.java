package org.octopusdesk.ui.donors;

import java.util.List;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.contributions.ContributionsArea;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.MenuEntry;
import org.octopusdesk.ui.shell.MenuSection;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.UiContext;

/** The Donors area; a donor's page leads to that donor's contributions in the Contributions area. */
public final class DonorsArea implements Area<DonorsView> {

    private static final AreaId ID = new AreaId("donors");

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.donors";
    }

    @Override
    public String icon() {
        return Icons.DONORS;
    }

    @Override
    public List<MenuEntry<DonorsView>> menuEntries() {
        return List.of(
                MenuEntry.of(MenuSection.NEW, "menu.file.newDonor", Icons.NEW, DonorsView::newDonor)
                        .needs(Permission.CHANGE_DONORS),
                MenuEntry.of(MenuSection.EDIT, "menu.edit.editDonor", Icons.EDIT, DonorsView::editSelected)
                        .needs(Permission.CHANGE_DONORS),
                MenuEntry.of(MenuSection.DELETE, "menu.edit.deleteDonor", Icons.DELETE, DonorsView::deleteSelected)
                        .needs(Permission.CHANGE_DONORS),
                MenuEntry.of(MenuSection.FIND, "menu.edit.findDonor", Icons.FIND, DonorsView::focusFilter));
    }

    @Override
    public DonorsView create(UiContext context, Navigator navigator) {
        Workspace services = context.workspace();
        DonorListViewModel list = new DonorListViewModel(services.donors(), services.contributions(),
                context.runner(), context.dialogs(), context.errors(), context.messages(), services.projects()::today);
        return new DonorsView(list, services.donors(), context.runner(), context.errors(), context.messages(),
                context.owner(), donor -> navigator.open(ContributionsArea.OF_DONOR, donor), context.roles());
    }
}
