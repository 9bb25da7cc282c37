package org.octopusdesk.cli;

import java.util.concurrent.Callable;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.SampleDataService;
import org.octopusdesk.service.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Creates and migrates the database of the data folder; on an existing one it changes nothing and says so. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create (and migrate) the database in the data folder, optionally with the sample data.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    private OctopusDeskCommand root;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sample-data", description = "Load the sample projects into the new database.")
    private boolean sampleData;

    @Override
    public Integer call() {
        root.checkLanguage();
        Messages messages = root.messages();
        var out = spec.commandLine().getOut();
        try (Workspace workspace = root.environment().open(root.folder())) {
            Workspace.OpenReport report = workspace.openReport();
            if (report.created()) {
                out.println(messages.text("cli.init.created", workspace.folder().toString(), report.schemaVersion()));
                if (sampleData) {
                    SampleDataService.Loaded loaded = workspace.sampleData().load();
                    out.println(messages.text("cli.init.sampleLoaded", loaded.projects(), loaded.amendments()));
                }
            } else if (report.migrationsApplied() > 0) {
                out.println(messages.text("cli.init.migrated", workspace.folder().toString(), report.schemaVersion(),
                        report.migrationsApplied()));
            } else {
                out.println(messages.text("cli.init.unchanged", workspace.folder().toString(), report.schemaVersion()));
                if (sampleData) {
                    out.println(messages.text("cli.init.sampleSkipped"));
                }
            }
        }
        return 0;
    }
}
