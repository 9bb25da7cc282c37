package org.octopusdesk.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.service.meetings.MeetingFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Committee meetings on the command line. */
@Command(name = "meetings", mixinStandardHelpOptions = true, description = "Committee meetings.",
        subcommands = MeetingsCommand.ListCommand.class)
final class MeetingsCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** One meeting a line, the latest first, tab-separated. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print one meeting a line, the latest first: short form, title, start, end, format, "
                    + "venue (tab-separated).")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        private MeetingsCommand meetings;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--series", paramLabel = "NAME",
                description = "Only this series, by name or short name, e.g. Plenary, \"T-CY PDP\".")
        private String series;

        @Option(names = "--year", paramLabel = "YEAR", description = "Only the meetings starting in this year.")
        private Integer year;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return meetings.root.inWorkspace(workspace -> {
                var service = workspace.meetings();
                MeetingFilter filter = new MeetingFilter(
                        Optional.ofNullable(series).map(name -> service.seriesNamed(name).id()),
                        Optional.ofNullable(year));
                for (Meeting meeting : service.list(filter)) {
                    out.println(String.join("\t", meeting.shortTitle(), meeting.title(Locale.ENGLISH),
                            meeting.start().toString(), meeting.end().toString(),
                            meeting.format().name().toLowerCase(Locale.ROOT).replace('_', '-'), meeting.venue()));
                }
            });
        }
    }
}
