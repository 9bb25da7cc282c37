package org.octopusdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.rates.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Exchange rates on the command line. */
@Command(name = "rates", mixinStandardHelpOptions = true, description = "Exchange rates (EUR 1 = x units).",
        subcommands = {RatesCommand.Import.class, RatesCommand.Show.class})
final class RatesCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** Imports an ECB file and says what it added, skipped and found in conflict. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import an ECB rates file: eurofxref-hist.csv or .zip, eurofxref.csv or .zip, "
                    + "eurofxref-daily.xml, eurofxref-hist-90d.xml, eurofxref-hist.xml.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        private RatesCommand rates;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The file downloaded from the ECB.")
        private Path file;

        @Override
        public Integer call() {
            Messages messages = rates.root.messages();
            var out = spec.commandLine().getOut();
            return rates.root.inWorkspace(workspace -> {
                ImportReport report = workspace.rates().importFile(file, fraction -> { });
                out.println(messages.text("cli.rates.imported", report.days(), report.added(), report.unchanged(),
                        report.conflicts().size()));
                for (ImportReport.Conflict conflict : report.conflicts()) {
                    out.println(messages.text("cli.rates.conflict", conflict.currency(), conflict.date(),
                            conflict.stored().toPlainString(), conflict.inFile().toPlainString()));
                }
            });
        }
    }

    /** Prints the rate that applies to a currency on a date, and the date it was published. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Print the ECB rate that applies to a currency on a date.")
    static final class Show implements Callable<Integer> {

        @ParentCommand
        private RatesCommand rates;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CUR", description = "ISO 4217 code, e.g. CAD.")
        private String currency;

        @Parameters(index = "1", paramLabel = "YYYY-MM-DD", description = "The value date.")
        private LocalDate date;

        @Override
        public Integer call() {
            return rates.root.inWorkspace(workspace -> {
                ExchangeRate rate = workspace.rates().rateFor(currency, date);
                spec.commandLine().getOut().println(String.join("\t", "EUR 1 = " + rate.unitsPerEuro().toPlainString()
                        + " " + rate.currency(), rate.date().toString(), rate.source().name()));
            });
        }
    }
}
