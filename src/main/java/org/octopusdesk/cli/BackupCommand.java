package org.octopusdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.BackupWords;
import org.octopusdesk.service.backup.BackupCheck;
import org.octopusdesk.service.backup.BackupFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Takes a backup of the data folder now; {@code backup verify FILE} checks one. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Back the data up now, into the backup folder of the settings (the data folder's backups/ "
                + "unless another was chosen), keeping the last generations; or once into --to DIR.",
            "Exit code 0 when the backup was written, 1 with the reason when not."},
        subcommands = BackupCommand.Verify.class)
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private OctopusDeskCommand root;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--to", paramLabel = "DIR", description = "Write the backup into this folder instead; nothing "
            + "there is deleted.")
    private Path to;

    @Override
    public Integer call() {
        BackupFile[] written = new BackupFile[1];
        root.inWorkspace(workspace -> written[0] = to == null ? workspace.backups().backUpNow()
                : workspace.backups().backUpTo(to));
        Messages messages = root.messages();
        spec.commandLine().getOut().println(messages.text("backup.written", written[0].path(),
                new BackupWords(messages).size(written[0].size())));
        return 0;
    }

    /** Opens a backup apart from the data and runs the money check on it. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check a backup: it opens apart from the data (a temporary folder) and the money check "
                    + "agrees on it. The data folder is not changed.",
                "Exit code 0 when it opens and agrees, 1 when it is damaged or its figures differ."})
    static final class Verify implements Callable<Integer> {

        @ParentCommand
        private BackupCommand backup;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The backup file (octopus-desk-….zip).")
        private Path file;

        @Override
        public Integer call() {
            BackupCheck[] checked = new BackupCheck[1];
            backup.root.inWorkspace(workspace -> checked[0] = workspace.backups().verify(file, share -> { }));
            Messages messages = backup.root.messages();
            PrintWriter out = spec.commandLine().getOut();
            BackupCheck check = checked[0];
            out.println(messages.text(check.agrees() ? "backup.verify.agrees" : "backup.verify.differs", file,
                    check.schemaVersion(), check.report().contributions(), check.report().payments(),
                    check.report().differenceCount()));
            return check.agrees() ? 0 : 1;
        }
    }
}
