package org.octopusdesk.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDuration;
import org.octopusdesk.service.ProjectService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Projects on the command line. */
@Command(name = "projects", mixinStandardHelpOptions = true, description = "Projects and their duration.",
        subcommands = ProjectsCommand.ListCommand.class)
final class ProjectsCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /**
     * One project a line, tab-separated and stable for scripts: code, name, start, current end, days in total, %
     * of time elapsed, state (not-started, running, ended).
     */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print one project a line: code, name, start, current end, days total, %% elapsed, state "
                    + "(tab-separated; dates as YYYY-MM-DD).")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        private ProjectsCommand projects;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Date of the durations (default: today).")
        private LocalDate asOf;

        @Override
        public Integer call() {
            var out = spec.commandLine().getOut();
            return projects.root.inWorkspace(workspace -> {
                ProjectService service = workspace.projects();
                LocalDate date = asOf == null ? service.today() : asOf;
                for (Project project : service.list()) {
                    ProjectDuration duration = project.durationAsOf(date);
                    out.println(String.join("\t", project.code(), project.name(), project.start().toString(),
                            project.currentEnd().toString(), Long.toString(duration.totalDays()),
                            percent(duration.percentElapsed()),
                            duration.state().name().toLowerCase(Locale.ROOT).replace('_', '-')));
                }
            });
        }

        private static String percent(BigDecimal percent) {
            return percent.toPlainString() + "%";
        }
    }
}
