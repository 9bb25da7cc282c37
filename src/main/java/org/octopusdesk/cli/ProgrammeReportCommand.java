package org.octopusdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.conference.ProgrammeReportBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `report programme`: an Octopus Conference edition's programme, day by day. */
@Command(name = "programme", mixinStandardHelpOptions = true,
        description = "Write the programme of a conference edition: one table a day with times, rooms, sessions, "
                + "moderators and speakers, and any clash still to resolve.")
final class ProgrammeReportCommand implements Callable<Integer> {

    @ParentCommand
    private ReportCommand report;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--conference", required = true, paramLabel = "YEAR", description = "The edition's year.")
    private int year;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The file to write.")
    private Path out;

    @Override
    public Integer call() {
        return report.root().inWorkspace(workspace -> {
            var document = new ProgrammeReportBuilder(workspace.conferences(), workspace.countries(),
                    Clock.systemDefaultZone()).build(year, report.language());
            int pages = ReportCommand.reports(workspace).write(document, out, ReportProgress.NONE);
            spec.commandLine().getOut().println(report.root().messages().text("cli.report.written",
                    out.toAbsolutePath().normalize(), pages));
        });
    }
}
