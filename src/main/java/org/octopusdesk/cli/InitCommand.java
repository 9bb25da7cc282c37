package org.octopusdesk.cli;

import java.util.concurrent.Callable;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.SampleDataService;
import org.octopusdesk.service.Workspace;
import org.octopusdesk.service.rates.ImportReport;
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
        Messages messages = root.messages();
        var out = spec.commandLine().getOut();
        return root.inWorkspace(workspace -> {
            Workspace.OpenReport report = workspace.openReport();
            String folder = workspace.folder().toString();
            // A new database, or one made before rates existed, gets the ECB history shipped with the application.
            boolean loadRates = !workspace.rates().hasRates();
            if (report.created()) {
                out.println(messages.text("cli.init.created", folder, report.schemaVersion()));
            } else if (report.migrationsApplied() > 0) {
                out.println(messages.text("cli.init.migrated", folder, report.schemaVersion(),
                        report.migrationsApplied()));
            } else if (!loadRates) {
                out.println(messages.text("cli.init.unchanged", folder, report.schemaVersion()));
            }
            if (loadRates) {
                ImportReport rates = workspace.rates().importShippedHistory(fraction -> { });
                out.println(messages.text("cli.init.ratesLoaded", rates.added(), rates.days()));
            }
            if (sampleData && report.created()) {
                SampleDataService.Loaded loaded = workspace.sampleData().load();
                out.println(messages.text("cli.init.sampleLoaded", loaded.projects(), loaded.amendments(),
                        loaded.donors(), loaded.contributions(), loaded.payments(), loaded.expenditures(),
                        loaded.treatyLines(), loaded.meetings(), loaded.conferences()));
            } else if (sampleData) {
                out.println(messages.text("cli.init.sampleSkipped"));
            }
        });
    }
}
