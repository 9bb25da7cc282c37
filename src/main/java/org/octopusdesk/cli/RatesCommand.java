package org.octopusdesk.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.money.ExchangeRate;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.rates.ImportReport;
import org.octopusdesk.service.rates.RatesUpdateReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Exchange rates on the command line. */
@Command(name = "rates", mixinStandardHelpOptions = true, description = "Exchange rates (EUR 1 = x units).",
        subcommands = {RatesCommand.Import.class, RatesCommand.Update.class, RatesCommand.Show.class})
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
                            messages.number(conflict.stored()), messages.number(conflict.inFile())));
                }
            });
        }
    }

    /**
     * Downloads the ECB's latest rates and imports them: the last 90 days, or the full history when the stored
     * rates stop more than about 85 days ago (or with {@code --full}).
     */
    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Download the latest ECB rates (HTTPS, through the system's proxy) and import them: "
                    + "the last 90 days, or the full history when the stored rates are older or with --full.")
    static final class Update implements Callable<Integer> {

        @ParentCommand
        private RatesCommand rates;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--full", description = "Download the full history (about 600 KB) even when recent.")
        private boolean full;

        /** Another folder holding the ECB files: a mirror, or a test's local server. */
        @Option(names = "--ecb-url", hidden = true, paramLabel = "URL")
        private java.net.URI base;

        @Override
        public Integer call() {
            Messages messages = rates.root.messages();
            var out = spec.commandLine().getOut();
            return rates.root.inWorkspace(workspace -> {
                var update = base == null ? workspace.ratesUpdate() : workspace.ratesUpdate().from(base);
                RatesUpdateReport report = update.update(full, (bytes, expected) -> { }, share -> { }, () -> false);
                ImportReport imported = report.imported();
                out.println(messages.text("rates.update.source", report.source().toString(),
                        kilobytes(report.bytes())));
                out.println(messages.text("cli.rates.imported", imported.days(), imported.added(),
                        imported.unchanged(), imported.conflicts().size()));
                for (ImportReport.Conflict conflict : imported.conflicts()) {
                    out.println(messages.text("cli.rates.conflict", conflict.currency(), conflict.date(),
                            messages.number(conflict.stored()), messages.number(conflict.inFile())));
                }
                out.println(messages.text("rates.update.range", imported.firstDay(), imported.lastDay(),
                        report.newestDay()));
            });
        }

        private static long kilobytes(long bytes) {
            return (bytes + 1023) / 1024;
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
