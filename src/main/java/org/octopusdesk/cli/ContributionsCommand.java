package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.contribution.Allocation;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.service.contributions.ContributionImportException;
import org.octopusdesk.service.contributions.ContributionImportReport;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ImportProblem;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Contributions on the command line: list, import and export, through the same services as the window. */
@Command(name = "contributions", mixinStandardHelpOptions = true,
        description = "Contributions: pledges, their earmarks and payments.",
        subcommands = {ContributionsCommand.ListCommand.class, ContributionsCommand.Import.class,
            ContributionsCommand.Export.class})
final class ContributionsCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** The filters `list` and `export` share. */
    static final class Filters {

        @Option(names = "--donor", paramLabel = "NAME", description = "Only this donor (its name, any case).")
        private String donor;

        @Option(names = "--project", paramLabel = "CODE", description = "Only contributions earmarked to it.")
        private String project;

        @Option(names = "--year", paramLabel = "YYYY", description = "Only agreements of this year.")
        private Integer year;

        @Option(names = "--currency", paramLabel = "CUR", description = "Only pledges in this currency.")
        private String currency;

        @Option(names = "--status", paramLabel = "STATUS",
                description = "Only this status: pledged, partly-received, received, cancelled.")
        private String status;

        ContributionQuery query(Workspace workspace) {
            ContributionQuery query = ContributionQuery.all().sortedBy(ContributionQuery.Sort.AGREEMENT_DATE, true);
            if (donor != null) {
                query = query.withDonor(workspace.donors().list().stream()
                        .filter(each -> each.name().equalsIgnoreCase(donor.strip())).findFirst()
                        .orElseThrow(() -> new DomainException("error.cli.unknownDonor", donor)).id());
            }
            if (project != null) {
                query = query.withProject(workspace.projects().list().stream()
                        .filter(each -> each.code().equalsIgnoreCase(project.strip())).findFirst()
                        .orElseThrow(() -> new DomainException("error.cli.unknownProject", project)).id());
            }
            if (currency != null) {
                query = query.withCurrency(workspace.rates().currencies().require(currency).code());
            }
            if (status != null) {
                try {
                    query = query.withStatus(ContributionStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)
                            .replace('-', '_')));
                } catch (IllegalArgumentException unknown) {
                    throw new DomainException("error.cli.unknownStatus", status);
                }
            }
            return year == null ? query : query.withYear(year);
        }
    }

    /** One contribution a line, oldest agreement first. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print one contribution a line, tab-separated: reference, agreement date, donor, "
                    + "amount and currency, status, received in EUR, earmarks.")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        private ContributionsCommand contributions;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @ArgGroup(exclusive = false)
        private Filters filters = new Filters();

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return contributions.root.inWorkspace(workspace -> workspace.contributions()
                    .forEach(filters.query(workspace), details -> out.println(line(details.contribution()))));
        }

        private static String line(Contribution contribution) {
            return String.join("\t", contribution.reference(), contribution.agreementDate().toString(),
                    contribution.donorName(), contribution.pledged().toString(),
                    contribution.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    contribution.receivedEuros().toString(), contribution.allocations().stream()
                            .map(Allocation::projectCode).collect(Collectors.joining(",")));
        }
    }

    /** Imports a CSV file: all of it, or nothing and every bad line listed. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import contributions from CSV (UTF-8, comma or semicolon; columns in "
                    + "docs/contributions-csv.md). If any line is bad, nothing is imported and each is listed.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        private ContributionsCommand contributions;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv", description = "The file to import.")
        private Path file;

        @Option(names = {"--confirm-warnings", "--confirm-overpayments"},
                description = "Import the file as it is when it needs a confirmation: payments larger than what "
                        + "their pledge still expects, dated before its agreement, or of the same day and amount as "
                        + "one it has already, or a header with columns the import does not read. The confirmation "
                        + "is kept with each payment.")
        private boolean confirm;

        @Override
        public Integer call() {
            Messages messages = contributions.root.messages();
            var out = spec.commandLine().getOut();
            var err = spec.commandLine().getErr();
            return contributions.root.inWorkspace(workspace -> {
                try {
                    ContributionImportReport report = workspace.contributionFiles().importFile(file, confirm,
                            new ProgressLines(err, messages));
                    report.warnings().forEach(problem -> out.println(describe(problem, messages)));
                    out.println(messages.text(report.summaryKey(), report.pledges(), report.allocations(),
                            report.payments()));
                } catch (ContributionImportException refused) {
                    refused.report().errors().forEach(problem -> err.println(describe(problem, messages)));
                    refused.report().warnings().forEach(problem -> err.println(describe(problem, messages)));
                    if (refused.onlyWarnings()) {
                        err.println(messages.text("cli.contributions.confirmHint"));
                    }
                    throw refused;
                }
            });
        }
    }

    /** Writes the filtered contributions in the import format. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write contributions, with their earmarks and payments, to CSV (the import format "
                    + "plus each payment's rate, rate date, source and EUR amount).")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        private ContributionsCommand contributions;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv", description = "The file to write (replaced if it exists).")
        private Path file;

        @ArgGroup(exclusive = false)
        private Filters filters = new Filters();

        @Override
        public Integer call() {
            Messages messages = contributions.root.messages();
            return contributions.root.inWorkspace(workspace -> {
                OutputFiles.write(file, out -> {
                    int count = workspace.contributionFiles().export(filters.query(workspace), out);
                    spec.commandLine().getOut().println(messages.text("cli.contributions.exported", count, file));
                });
            });
        }
    }

    static String describe(ImportProblem problem, Messages messages) {
        return messages.problemOnLine(problem.line(), problem.column(), problem.messageKey(), problem.arguments());
    }
}
