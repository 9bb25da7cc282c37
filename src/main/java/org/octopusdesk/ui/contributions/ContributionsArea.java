package org.octopusdesk.ui.contributions;

import java.util.List;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.Destination;
import org.octopusdesk.ui.shell.MenuEntry;
import org.octopusdesk.ui.shell.MenuSection;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.Route;
import org.octopusdesk.ui.shell.UiContext;

/** The Contributions area: pledges and payments, filtered on one donor when another area asks. */
public final class ContributionsArea implements Area<ContributionsView> {

    private static final AreaId ID = new AreaId("contributions");

    /** Shows only the contributions of one donor, every other filter cleared. */
    public static final Destination<Donor> OF_DONOR = Destination.of(ID, Donor.class);

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.contributions";
    }

    @Override
    public String icon() {
        return Icons.CONTRIBUTIONS;
    }

    @Override
    public ContributionsView create(UiContext context, Navigator navigator) {
        Workspace services = context.workspace();
        ContributionListViewModel list = new ContributionListViewModel(services.contributions(),
                services.contributionFiles(), services.donors(), services.projects(), context.runner(),
                context.dialogs(), context.errors(), context.messages());
        return new ContributionsView(list, services.contributions(), context.runner(), context.dialogs(),
                context.errors(), context.messages(), context.owner(), services.projects()::today,
                services.ratesUpdate(), new org.octopusdesk.ui.common.RoleGate(services.people().session(),
                        context.messages()));
    }

    @Override
    public List<MenuEntry<ContributionsView>> menuEntries() {
        return List.of(
                MenuEntry.of(MenuSection.NEW, "menu.file.newPledge", Icons.NEW, ContributionsView::newPledge)
                        .needs(Permission.CHANGE_MONEY),
                MenuEntry.of(MenuSection.IMPORT, "menu.file.importContributions", Icons.IMPORT,
                        ContributionsView::chooseImport).needs(Permission.CHANGE_MONEY),
                new MenuEntry<>(MenuSection.FILE_IMPORT_EXPORT, "menu.file.exportContributions", Icons.EXPORT, null,
                        ContributionsView::chooseExport),
                MenuEntry.of(MenuSection.EDIT, "menu.edit.editPledge", Icons.EDIT, ContributionsView::editSelected)
                        .needs(Permission.CHANGE_MONEY),
                MenuEntry.of(MenuSection.DELETE, "menu.edit.deletePledge", Icons.DELETE,
                        ContributionsView::deleteSelected).needs(Permission.CHANGE_MONEY),
                new MenuEntry<>(MenuSection.EDIT_SELECTION, "menu.edit.paymentReceived", Icons.PAYMENT,
                        ContributionsView.PAYMENT_KEY, ContributionsView::addPayment).needs(Permission.CHANGE_MONEY),
                new MenuEntry<>(MenuSection.EDIT_SELECTION, "menu.edit.cancelPledge", Icons.CANCEL, null,
                        ContributionsView::cancelPledge).needs(Permission.CANCEL_PLEDGE));
    }

    @Override
    public List<Route<ContributionsView, ?>> routes() {
        return List.of(new Route<>(OF_DONOR, ContributionsView::showDonor));
    }
}
