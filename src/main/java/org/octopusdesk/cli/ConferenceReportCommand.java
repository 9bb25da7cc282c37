package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `report conference`: an Octopus Conference edition's report. */
@Command(name = "conference", mixinStandardHelpOptions = true,
        description = "Write the report of a conference edition: its facts, programme, participants by country and "
                + "sector with charts, and where its logistics stand.")
final class ConferenceReportCommand implements Callable<Integer> {

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
            Reports reports = ReportCommand.reports(workspace);
            int pages = reports.write(reports.conferenceReport(year, report.language()), out, ReportProgress.NONE);
            spec.commandLine().getOut().println(report.root().messages().text("cli.report.written",
                    out.toAbsolutePath().normalize(), pages));
        });
    }
}
