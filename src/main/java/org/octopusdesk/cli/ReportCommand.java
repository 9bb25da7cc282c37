package org.octopusdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.contribution.ContributionDraft;
import org.octopusdesk.domain.donor.DonorId;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.report.ReportDocument;
import org.octopusdesk.report.ReportProgress;
import org.octopusdesk.report.Reports;
import org.octopusdesk.report.donor.DonorReportRequest;
import org.octopusdesk.report.project.ProjectReportRequest;
import org.octopusdesk.service.AppVersion;
import org.octopusdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** PDF reports for batch work: the same reports, built by the same code, as the Reports area of the window. */
@Command(name = "report", mixinStandardHelpOptions = true, description = "Write PDF reports (PDF/A-1b).",
        subcommands = {ReportCommand.DonorReport.class, ReportCommand.ProjectReport.class,
            ReportCommand.DonorReportsOfYear.class, ReportCommand.MeetingReport.class, TreatyReportCommand.class,
            ProgrammeReportCommand.class, ConferenceReportCommand.class})
final class ReportCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    OctopusDeskCommand root() {
        return root;
    }

    static Reports reports(Workspace workspace) {
        return Reports.of(workspace, Clock.systemDefaultZone(), AppVersion.current());
    }

    /** The language of a report: --lang, else English (a report's language is chosen, never guessed). */
    String language() {
        return root.messages().language();
    }

    /** The options every single report has: where it goes, and the end of its period and its date. */
    static final class OneReport {

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The file to write.")
        private Path out;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the period (default: today).")
        private LocalDate to;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
                description = "Date of the figures (default: the period's end, or today).")
        private LocalDate asOf;

        @Spec(Spec.Target.MIXEE)
        private picocli.CommandLine.Model.CommandSpec spec;

        /**
         * Builds the report of the period ending on {@code --to} and writes it to {@code --out}, saying where.
         *
         * @param build the report, given the period's end and the report's date
         */
        int write(ReportCommand report, BiFunction<Reports, Period, ReportDocument> build) {
            PrintWriter output = spec.commandLine().getOut();
            return report.root.inWorkspace(workspace -> {
                Reports reports = reports(workspace);
                LocalDate today = workspace.projects().today();
                LocalDate end = to == null ? today : to;
                Period period = new Period(end, asOf == null ? Reports.defaultAsOf(end, today) : asOf);
                int pages = reports.write(build.apply(reports, period), out, ReportProgress.NONE);
                output.println(report.root.messages().text("cli.report.written", out.toAbsolutePath().normalize(),
                        pages));
            });
        }
    }

    /** The end of a report's period and the date of its figures, defaults applied. */
    record Period(LocalDate end, LocalDate asOf) {
    }

    /** One donor report, or one for all donors. */
    @Command(name = "donor", mixinStandardHelpOptions = true,
            description = "Write a donor report: one donor (--donor) or all, over a period, one project or all.")
    static final class DonorReport implements Callable<Integer> {

        @ParentCommand
        private ReportCommand report;

        @Mixin
        private OneReport one;

        @Option(names = "--donor", paramLabel = "NAME", description = "Only this donor (default: all donors).")
        private String donor;

        @Option(names = "--project", paramLabel = "CODE", description = "Only contributions earmarked to it.")
        private String project;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD",
                description = "First day of the period (default: the first contribution's agreement).")
        private LocalDate from;

        @Option(names = "--notes", description = "Print the notes recorded with the contributions, their earmarks "
                + "and payments (left out by default: they are the secretariat's own).")
        private boolean notes;

        @Override
        public Integer call() {
            return one.write(report, (reports, period) -> {
                DonorId donorId = donor == null ? null : reports.donorNamed(donor).id();
                ProjectId projectId = project == null ? null : reports.projectCoded(project).id();
                LocalDate start = from != null ? from : reports.firstAgreement(donorId)
                        .filter(first -> !first.isAfter(period.end())).orElse(period.end());
                return reports.donorReport(new DonorReportRequest(donorId, projectId, start, period.end(),
                        period.asOf(), report.language(), notes), ReportProgress.NONE);
            });
        }
    }

    /** One project report. */
    @Command(name = "project", mixinStandardHelpOptions = true,
            description = "Write a project report: dates and amendments, funding by donor and year against the "
                    + "budget, money against time, activities in the period.")
    static final class ProjectReport implements Callable<Integer> {

        @ParentCommand
        private ReportCommand report;

        @Mixin
        private OneReport one;

        @Option(names = "--project", required = true, paramLabel = "CODE", description = "The project's code.")
        private String project;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD",
                description = "First day of the period (default: the project's start).")
        private LocalDate from;

        @Override
        public Integer call() {
            return one.write(report, (reports, period) -> {
                Project chosen = reports.projectCoded(project);
                return reports.projectReport(new ProjectReportRequest(chosen.id(),
                        from == null ? chosen.start() : from, period.end(), period.asOf(), report.language()),
                        ReportProgress.NONE);
            });
        }
    }

    /** One meeting report. */
    @Command(name = "meeting", mixinStandardHelpOptions = true,
            description = "Write a meeting report: title and number, dates and venue, the agenda with the decisions "
                    + "under each item.")
    static final class MeetingReport implements Callable<Integer> {

        @ParentCommand
        private ReportCommand report;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--meeting", required = true, paramLabel = "SHORT",
                description = "The meeting's short form, e.g. \"T-CY 23\" or \"T-CY PDP 8\".")
        private String meeting;

        @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The file to write.")
        private Path out;

        @Override
        public Integer call() {
            PrintWriter output = spec.commandLine().getOut();
            return report.root.inWorkspace(workspace -> {
                Reports reports = reports(workspace);
                int pages = reports.write(reports.meetingReport(meeting, report.language()), out,
                        ReportProgress.NONE);
                output.println(report.root.messages().text("cli.report.written", out.toAbsolutePath().normalize(),
                        pages));
            });
        }
    }

    /** One file per donor with contributions in a year. */
    @Command(name = "donors", mixinStandardHelpOptions = true,
            description = "Write one donor report per donor with contributions agreed or paid in a year, into a "
                    + "folder, each file named after its donor.")
    static final class DonorReportsOfYear implements Callable<Integer> {

        @ParentCommand
        private ReportCommand report;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year of the reports.")
        private int year;

        @Option(names = "--out-dir", required = true, paramLabel = "DIR", description = "An existing folder.")
        private Path outDir;

        @Override
        public Integer call() {
            PrintWriter output = spec.commandLine().getOut();
            if (year < ContributionDraft.EARLIEST.getYear() || year > ContributionDraft.LATEST.getYear()) {
                throw new DomainException("validation.dateOutOfRange", ContributionDraft.EARLIEST,
                        ContributionDraft.LATEST);
            }
            if (!Files.isDirectory(outDir)) {
                throw new DomainException("report.error.noFolder", outDir.toAbsolutePath().normalize());
            }
            return report.root.inWorkspace(workspace -> {
                List<Reports.WrittenReport> written = reports(workspace).donorReportsOfYear(year, outDir,
                        report.language(), workspace.projects().today(), ReportProgress.NONE);
                for (Reports.WrittenReport each : written) {
                    output.println(String.join("\t", each.about(), each.file().toAbsolutePath().normalize()
                            .toString(), Integer.toString(each.pages())));
                }
                if (written.isEmpty()) {
                    output.println(report.root.messages().text("cli.report.noneInYear", Integer.toString(year)));
                }
            });
        }
    }
}
