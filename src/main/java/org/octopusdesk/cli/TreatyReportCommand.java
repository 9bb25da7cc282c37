package org.octopusdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;
import org.octopusdesk.report.treaty.TreatyReportRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `report treaty`: an instrument's chart as of a date, its counts, and its changes in a period. */
@Command(name = "treaty", mixinStandardHelpOptions = true,
        description = "Write a treaty status report: an instrument's chart as of a date, its counts, and the "
                + "signatures, ratifications and entries into force of a period (--from and --to).")
final class TreatyReportCommand implements Callable<Integer> {

    @ParentCommand
    private ReportCommand report;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--instrument", required = true, converter = InstrumentOption.class,
            description = "ETS185, ETS189 or CETS224.")
    private Instrument instrument;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Date of the chart (default: today).")
    private LocalDate asOf;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the period of changes.")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period of changes.")
    private LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The file to write.")
    private Path out;

    @Override
    public Integer call() {
        return report.root().inWorkspace(workspace -> {
            Reports reports = ReportCommand.reports(workspace);
            LocalDate date = asOf == null ? workspace.projects().today() : asOf;
            int pages = reports.write(reports.treatyReport(new TreatyReportRequest(instrument, date, from, to,
                    report.language())), out, ReportProgress.NONE);
            spec.commandLine().getOut().println(report.root().messages().text("cli.report.written",
                    out.toAbsolutePath().normalize(), pages));
        });
    }
}
