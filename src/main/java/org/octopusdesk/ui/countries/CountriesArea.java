package org.octopusdesk.ui.countries;

import java.util.List;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.MenuEntry;
import org.octopusdesk.ui.shell.MenuSection;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.UiContext;

/** The Countries area: the treaty charts, each country's page, and the assistance log. */
public final class CountriesArea implements Area<CountriesView> {

    private static final AreaId ID = new AreaId("countries");

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.countries";
    }

    @Override
    public String icon() {
        return Icons.COUNTRIES;
    }

    @Override
    public List<MenuEntry<CountriesView>> menuEntries() {
        return List.of(
                MenuEntry.of(MenuSection.NEW, "assistance.log", Icons.NEW, CountriesView::logActivity)
                        .needs(Permission.CHANGE_COUNTRIES),
                MenuEntry.of(MenuSection.IMPORT, "menu.file.importTreaties", Icons.IMPORT,
                        CountriesView::chooseImport).needs(Permission.CHANGE_COUNTRIES),
                MenuEntry.of(MenuSection.FIND, "countries.filter", Icons.FIND, CountriesView::focusFilter));
    }

    @Override
    public CountriesView create(UiContext context, Navigator navigator) {
        Workspace services = context.workspace();
        TreatyChartViewModel chart = new TreatyChartViewModel(services.treaties(), context.runner(),
                context.dialogs(), context.errors(), context.messages(), services.projects()::today);
        CountryPageViewModel page = new CountryPageViewModel(services.countries(), services.treaties(),
                services.assistance(), context.runner(), context.errors(), context.messages());
        AssistanceLogViewModel log = new AssistanceLogViewModel(services.assistance(), services.countries(),
                services.projects(), context.runner(), context.errors(), context.messages());
        return new CountriesView(chart, page, log, services.countries().all(),
                country -> new AssistanceEditorViewModel(services.assistance(), context.runner(), context.errors(),
                        context.messages(), country),
                services.projects()::list, new CountryForms(services.treaties(), context.runner(), context.errors(),
                        context.messages(), context.owner()), context.messages(), context.owner(), context.roles());
    }
}
