package org.octopusdesk.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.donor.Donor;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Donors on the command line. */
@Command(name = "donors", mixinStandardHelpOptions = true, description = "Donors.",
        subcommands = DonorsCommand.ListCommand.class)
final class DonorsCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** One donor a line, tab-separated: name, kind (e.g. state-party), country. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print one donor a line: name, kind, country (tab-separated).")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        private DonorsCommand donors;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return donors.root.inWorkspace(workspace -> {
                for (Donor donor : workspace.donors().list()) {
                    out.println(String.join("\t", donor.name(),
                            donor.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), donor.country()));
                }
            });
        }
    }
}
