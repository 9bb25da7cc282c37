package org.octopusdesk.ui.rates;

import java.time.LocalDate;
import java.util.List;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.ui.common.Icons;
import org.octopusdesk.ui.shell.Area;
import org.octopusdesk.ui.shell.AreaId;
import org.octopusdesk.ui.shell.MenuEntry;
import org.octopusdesk.ui.shell.MenuSection;
import org.octopusdesk.ui.shell.Navigator;
import org.octopusdesk.ui.shell.UiContext;

/** The exchange rates area, with File › Import ECB rates and File › Update rates from the ECB. */
public final class RatesArea implements Area<RatesView> {

    private static final AreaId ID = new AreaId("rates");

    @Override
    public AreaId id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "area.rates";
    }

    @Override
    public String icon() {
        return Icons.RATES;
    }

    @Override
    public RatesView create(UiContext context, Navigator navigator) {
        RatesService rates = context.workspace().rates();
        LocalDate today = context.workspace().projects().today();
        RatesViewModel viewModel = new RatesViewModel(rates, context.workspace().ratesUpdate(), context.runner(),
                context.dialogs(), context.errors(), context.messages());
        ConverterViewModel converter = new ConverterViewModel(rates, context.runner(), context.errors(),
                context.messages(), today);
        converter.followCurrency(viewModel.currencyProperty());
        ManualRateDialogs manualRates = new ManualRateDialogs(rates, context.runner(), context.dialogs(),
                context.errors(), context.messages(), context.owner(), today);
        return new RatesView(viewModel, converter, manualRates, context.messages(), context.owner(), context.roles());
    }

    @Override
    public List<MenuEntry<RatesView>> menuEntries() {
        return List.of(
                MenuEntry.of(MenuSection.NEW, "menu.file.newManualRate", Icons.NEW, RatesView::newManualRate)
                        .needs(Permission.ENTER_RATES),
                MenuEntry.of(MenuSection.IMPORT, "menu.file.importRates", Icons.IMPORT, RatesView::chooseAndImport)
                        .needs(Permission.ENTER_RATES),
                new MenuEntry<>(MenuSection.FILE_IMPORT_EXPORT, "menu.file.updateRates", Icons.DOWNLOAD,
                        RatesView.UPDATE_KEY, RatesView::updateFromEcb).needs(Permission.ENTER_RATES));
    }
}
