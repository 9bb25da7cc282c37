package org.octopusdesk.ui.shell;

import java.nio.file.Path;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ProjectService;
import org.octopusdesk.service.donors.DonorService;
import org.octopusdesk.service.rates.RatesService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/** What every screen of the window is built from, in one language. */
public record UiContext(
        ProjectService projects,
        RatesService rates,
        DonorService donors,
        org.octopusdesk.service.contributions.ContributionService contributions,
        org.octopusdesk.service.contributions.ContributionFiles contributionFiles,
        BackgroundRunner runner,
        Messages messages,
        DialogService dialogs,
        ErrorReporter errors,
        Window owner,
        Path dataFolder,
        Path logFile,
        org.octopusdesk.service.spending.SpendingService spending) {
}
