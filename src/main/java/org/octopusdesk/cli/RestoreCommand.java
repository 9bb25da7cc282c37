package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.StorageException;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.service.backup.BackupService;
import org.octopusdesk.service.backup.RestorePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Replaces the data with a backup: the backup is built and opened apart first (a damaged one is refused with nothing
 * replaced), the current data is backed up, and only then is the backup put in place.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the data with a backup. The backup is opened apart first: a damaged file or one "
                + "from a newer version is refused and nothing is replaced. The current data is backed up before.",
            "Refused while a window (or another command) has the data folder open. Asks for --yes."})
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private OctopusDeskCommand root;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file (octopus-desk-….zip).")
    private Path file;

    @Option(names = "--yes", description = "Yes, replace the data with the backup.")
    private boolean yes;

    @Override
    public Integer call() {
        root.checkLanguage();
        Path folder = root.folder();
        if (!yes) {
            throw new DomainException("error.restore.confirm", file, folder);
        }
        BackupService backups;
        RestorePlan plan;
        try (Workspace workspace = open(folder)) {
            backups = workspace.backups();
            plan = backups.prepareRestore(file, share -> { });
        }
        try {
            backups.completeRestore(plan);
        } catch (StorageException inUse) {
            throw refusedWhileOpen(inUse, folder);
        }
        Messages messages = root.messages();
        spec.commandLine().getOut().println(messages.text("restore.done", file, plan.safetyCopy().path()));
        return 0;
    }

    private Workspace open(Path folder) {
        try {
            return root.environment().open(folder);
        } catch (StorageException inUse) {
            throw refusedWhileOpen(inUse, folder);
        }
    }

    /** The window holds the folder's lock file ({@code octopus-desk.lock}) while it is open. */
    private static RuntimeException refusedWhileOpen(StorageException failure, Path folder) {
        return "error.storage.inUse".equals(failure.messageKey())
                ? new DomainException("error.restore.inUse", folder) : failure;
    }
}
