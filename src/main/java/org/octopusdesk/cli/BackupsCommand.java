package org.octopusdesk.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.BackupWords;
import org.octopusdesk.service.backup.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The backups of the data folder. */
@Command(name = "backups", mixinStandardHelpOptions = true, description = "The backups of the data folder.",
        subcommands = BackupsCommand.ListCommand.class)
final class BackupsCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** The backup folder, its backups newest first, and the last failure if the last backup failed. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the backups, newest first, with their dates and sizes, and say whether the last "
                    + "backup failed."})
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        private BackupsCommand backups;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Messages messages = backups.root.messages();
            BackupWords words = new BackupWords(messages);
            PrintWriter out = spec.commandLine().getOut();
            backups.root.inWorkspace(workspace -> {
                List<BackupFile> files = workspace.backups().list();
                out.println(messages.text("backups.list.folder", workspace.backups().folder(), files.size(),
                        workspace.backups().settings().generations()));
                for (BackupFile file : files) {
                    out.println("  " + file.fileName() + "  " + words.takenAt(file.takenAt()) + "  "
                            + words.size(file.size()));
                }
                workspace.backups().lastFailure().map(words::failure).ifPresent(failed -> {
                    PrintWriter err = spec.commandLine().getErr();
                    err.println(failed);
                    err.flush();
                });
            });
            return 0;
        }
    }
}
