package org.octopusdesk.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.country.ChartFlag;
import org.octopusdesk.domain.country.Instrument;
import org.octopusdesk.domain.country.TreatyCounts;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.countries.ChartLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Countries and their treaty status on the command line. */
@Command(name = "countries", mixinStandardHelpOptions = true, description = "Countries and the treaties.",
        subcommands = CountriesCommand.Status.class)
final class CountriesCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** One country a line with its dates for the instrument, then the counts as of the date. */
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Print an instrument's chart as of a date, one country a line (tab-separated: code, name, "
                    + "signature, ratification or accession, entry into force, flags), then its counts.")
    static final class Status implements Callable<Integer> {

        @ParentCommand
        private CountriesCommand countries;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--instrument", required = true, converter = InstrumentOption.class,
                description = "ETS185, ETS189 or CETS224.")
        private Instrument instrument;

        @Option(names = "--as-of", paramLabel = "DATE", description = "The date of the chart (default: today).")
        private LocalDate asOf;

        @Override
        public Integer call() {
            Messages messages = countries.root.messages();
            var out = spec.commandLine().getOut();
            LocalDate date = asOf == null ? LocalDate.now() : asOf;
            return countries.root.inWorkspace(workspace -> {
                for (ChartLine line : workspace.treaties().chart(instrument)) {
                    // A country is on the chart of a date once it signed, ratified or acceded by then.
                    if (onChartBy(line, date)) {
                        out.println(describe(line, date, messages));
                    }
                }
                TreatyCounts counts = workspace.treaties().counts(instrument, date);
                out.println(messages.text("cli.countries.counts", messages.text(instrument.shortKey()),
                        messages.date(date), counts.parties(), counts.inForce(), counts.signatoriesOnly(),
                        counts.invited()));
            });
        }

        private static boolean onChartBy(ChartLine line, LocalDate date) {
            boolean signed = line.record().signature() != null && !line.record().signature().isAfter(date);
            return signed || line.record().isPartyOn(date);
        }

        private static String describe(ChartLine line, LocalDate date, Messages messages) {
            String kind = line.record().depositKind() != null && line.record().isPartyOn(date)
                    ? " " + messages.text(line.record().depositKind().messageKey()) : "";
            return String.join("\t", line.country().code(), line.country().name(messages.locale()),
                    shown(Optional.ofNullable(line.record().signature()), date),
                    shown(Optional.ofNullable(line.record().deposit()), date) + kind,
                    shown(line.entryIntoForce(), date), ChartFlag.code(line.record().flags()));
        }

        /** A date on or before the chart's date; a later one did not exist yet on it. */
        private static String shown(Optional<LocalDate> date, LocalDate asOf) {
            return date.filter(day -> !day.isAfter(asOf)).map(LocalDate::toString).orElse("");
        }
    }
}
