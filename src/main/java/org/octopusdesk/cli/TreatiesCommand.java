package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.TreatyImportException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Treaty charts on the command line. */
@Command(name = "treaties", mixinStandardHelpOptions = true, description = "Treaty charts.",
        subcommands = TreatiesCommand.Import.class)
final class TreatiesCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** Imports a chart file: all of it, or nothing and every bad line listed. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import a treaty chart from CSV (columns in docs/treaties-csv.md). If any line is bad, "
                    + "nothing is imported and each is listed.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        private TreatiesCommand treaties;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv", description = "The file to import.")
        private Path file;

        @Override
        public Integer call() {
            Messages messages = treaties.root.messages();
            return treaties.root.inWorkspace(workspace -> {
                try {
                    int lines = workspace.treaties().importFile(file);
                    spec.commandLine().getOut().println(messages.text("cli.treaties.imported", lines));
                } catch (TreatyImportException refused) {
                    refused.problems().forEach(problem -> spec.commandLine().getErr()
                            .println(ContributionsCommand.describe(problem, messages)));
                    throw refused;
                }
            });
        }
    }
}
