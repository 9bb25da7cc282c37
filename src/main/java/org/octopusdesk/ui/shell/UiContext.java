package org.octopusdesk.ui.shell;

import java.nio.file.Path;
import javafx.stage.Window;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.DialogService;
import org.octopusdesk.ui.common.ErrorReporter;

/**
 * What every screen of the window is built from, in one language. Areas take the services they need from the
 * workspace, so a new service reaches the screens without a change here.
 */
public record UiContext(
        Workspace workspace,
        BackgroundRunner runner,
        Messages messages,
        DialogService dialogs,
        ErrorReporter errors,
        Window owner,
        Path dataFolder,
        Path logFile) {
}
