package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.project.ProjectId;
import org.octopusdesk.domain.spending.Expenditure;
import org.octopusdesk.domain.spending.ExpenditureCategory;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.service.spending.ExpenditureQuery;
import org.octopusdesk.service.spending.SpendingCsv;
import org.octopusdesk.service.spending.SpendingImportException;
import org.octopusdesk.service.spending.SpendingImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Project spending on the command line: list, import and export, through the same services as the window. */
@Command(name = "spending", mixinStandardHelpOptions = true,
        description = "Project spending: expenditure lines converted to euros.",
        subcommands = {SpendingCommand.ListCommand.class, SpendingCommand.Import.class, SpendingCommand.Export.class})
final class SpendingCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    static ProjectId project(Workspace workspace, String code) {
        return workspace.projects().list().stream().filter(each -> each.code().equalsIgnoreCase(code.strip()))
                .findFirst().orElseThrow(() -> new DomainException("error.cli.unknownProject", code)).id();
    }

    /** One line of spending a line, oldest first. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print one expenditure line a line, oldest first, tab-separated: date, project, category, "
                    + "amount and currency, rate, rate date, source, EUR, description.")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        private SpendingCommand spending;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--project", paramLabel = "CODE", required = true, description = "The project's code.")
        private String project;

        @Option(names = "--category", paramLabel = "CATEGORY",
                description = "Only this category: staff, events, travel, experts, other.")
        private String category;

        @Option(names = "--year", paramLabel = "YYYY", description = "Only lines dated in this year.")
        private Integer year;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return spending.root.inWorkspace(workspace -> {
                ExpenditureQuery query = ExpenditureQuery.of(project(workspace, project)).inYear(year);
                if (category != null) {
                    query = query.withCategory(ExpenditureCategory.parse(category).orElseThrow(() ->
                            new DomainException("error.spendingImport.unknownCategory", category)));
                }
                workspace.spending().list(query).forEach(line -> out.println(line(line)));
            });
        }

        private static String line(Expenditure line) {
            return String.join("\t", line.spentOn().toString(), line.projectCode(), line.category().label(),
                    line.amount().toString(), line.rate().map(rate -> rate.unitsPerEuro().toPlainString()).orElse(""),
                    line.rate().map(rate -> rate.date().toString()).orElse(""),
                    line.rate().map(rate -> rate.source().name()).orElse(SpendingCsv.EURO_SOURCE),
                    line.euros().toString(), line.description());
        }
    }

    /** Imports a CSV file: all of it, or nothing and every bad line listed. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import expenditure lines from CSV (UTF-8, comma or semicolon; columns in "
                    + "docs/spending-csv.md). If any line is bad, nothing is imported and each is listed.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        private SpendingCommand spending;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv", description = "The file to import.")
        private Path file;

        @Option(names = "--confirm-warnings", description = "Import the file as it is when lines are dated outside "
                + "their project's dates, repeat an expenditure already recorded or an earlier line of the file (the "
                + "same project, day, category, amount and description), or when its header has columns the import "
                + "does not read.")
        private boolean confirm;

        @Override
        public Integer call() {
            Messages messages = spending.root.messages();
            return spending.root.inWorkspace(workspace -> {
                var err = spec.commandLine().getErr();
                try {
                    SpendingImportReport report = workspace.spending().files().importFile(file, confirm,
                            new ProgressLines(err, messages));
                    var out = spec.commandLine().getOut();
                    report.warnings().forEach(problem -> out.println(ContributionsCommand.describe(problem,
                            messages)));
                    out.println(messages.text("cli.spending.imported", report.imported()));
                } catch (SpendingImportException refused) {
                    (refused.onlyWarnings() ? refused.report().warnings() : refused.report().errors())
                            .forEach(problem -> err.println(ContributionsCommand.describe(problem, messages)));
                    if (refused.onlyWarnings()) {
                        err.println(messages.text("cli.contributions.confirmHint"));
                    }
                    throw refused;
                }
            });
        }
    }

    /** Writes expenditure lines in the import format, with their conversions. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write expenditure lines to CSV (the import format plus each line's rate, rate date, "
                    + "source and EUR amount).")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        private SpendingCommand spending;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE.csv", description = "The file to write (replaced if it exists).")
        private Path file;

        @Option(names = "--project", paramLabel = "CODE", description = "Only this project's lines.")
        private String project;

        @Override
        public Integer call() {
            Messages messages = spending.root.messages();
            return spending.root.inWorkspace(workspace -> {
                ExpenditureQuery query = project == null ? ExpenditureQuery.all()
                        : ExpenditureQuery.of(project(workspace, project));
                OutputFiles.write(file, out -> {
                    int count = workspace.spending().files().export(query, out);
                    spec.commandLine().getOut().println(messages.text("cli.spending.exported", count, file));
                });
            });
        }
    }
}
