package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.ParticipantImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The participants of the conference editions on the command line. */
@Command(name = "participants", mixinStandardHelpOptions = true, description = "Conference participants.",
        subcommands = ParticipantsCommand.Import.class)
final class ParticipantsCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** Imports a participants file: all of it, or nothing and every bad line listed. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import participants from CSV (columns name, organisation, country, sector, email in any "
                    + "order; optional role, funded, consent, consent_date). If any line is bad, nothing is "
                    + "imported and each is listed.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        private ParticipantsCommand participants;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--conference", required = true, paramLabel = "YEAR", description = "The edition's year.")
        private int year;

        @Parameters(paramLabel = "FILE.csv", description = "The file to import.")
        private Path file;

        @Override
        public Integer call() {
            Messages messages = participants.root.messages();
            return participants.root.inWorkspace(workspace -> {
                try {
                    int lines = workspace.conferences().participants().importFile(year, file);
                    spec.commandLine().getOut().println(messages.text("cli.participants.imported", lines, year));
                } catch (ParticipantImportException refused) {
                    refused.problems().forEach(problem -> spec.commandLine().getErr()
                            .println(ContributionsCommand.describe(problem, messages)));
                    throw refused;
                }
            });
        }
    }
}
