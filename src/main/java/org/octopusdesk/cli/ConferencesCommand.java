package org.octopusdesk.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.conference.Conference;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Octopus Conference editions on the command line. */
@Command(name = "conferences", mixinStandardHelpOptions = true, description = "Octopus Conference editions.",
        subcommands = ConferencesCommand.ListCommand.class)
final class ConferencesCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    OctopusDeskCommand root() {
        return root;
    }

    /** One edition a line, the latest first, tab-separated. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print one edition a line, the latest first: year, title, start, end, format, place, "
                    + "status, project (tab-separated; unknown dates and places are empty).")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        private ConferencesCommand conferences;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return conferences.root.inWorkspace(workspace -> {
                for (Conference conference : workspace.conferences().list()) {
                    out.println(String.join("\t", Integer.toString(conference.year()), conference.title(),
                            conference.start() == null ? "" : conference.start().toString(),
                            conference.end() == null ? "" : conference.end().toString(),
                            conference.format().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            conference.place(), conference.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            conference.projectName()));
                }
            });
        }
    }
}
