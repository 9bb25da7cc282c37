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
 *
 * @param preferences what screens remember on this workstation (the last report's parameters)
 * @param openDocument opens a file in the program the system has for it (a report in the PDF viewer)
 * @param dividers where each area's divider was left, put back when the area is first shown
 */
public record UiContext(
        Workspace workspace,
        BackgroundRunner runner,
        Messages messages,
        DialogService dialogs,
        ErrorReporter errors,
        Window owner,
        Path dataFolder,
        Path logFile,
        org.octopusdesk.service.PreferenceStore preferences,
        java.util.function.Consumer<Path> openDocument,
        Dividers dividers) {

    /** What the session's role may do here, for the screens that show the rest disabled (decision 0034). */
    public org.octopusdesk.ui.common.RoleControls roles() {
        return new org.octopusdesk.ui.common.RoleControls(new org.octopusdesk.ui.common.RoleGate(
                workspace.people().session(), messages), dialogs, messages);
    }
}
