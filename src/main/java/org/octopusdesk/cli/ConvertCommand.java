package org.octopusdesk.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.money.Conversion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Converts an amount to euros as a payment of that value date would be, and says which rate it used. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert an amount to EUR as a payment of that value date would be: the ECB rate of the day "
                + "(or the last publication up to 4 days before), else a manual rate of that gap. Prints the EUR "
                + "amount, rate, rate date and source, tab-separated.")
final class ConvertCommand implements Callable<Integer> {

    @ParentCommand
    private OctopusDeskCommand root;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AMOUNT", description = "The amount, e.g. 250000 or 250000.00.")
    private BigDecimal amount;

    @Parameters(index = "1", paramLabel = "CUR", description = "ISO 4217 code of the amount, e.g. CAD.")
    private String currency;

    @Parameters(index = "2", paramLabel = "YYYY-MM-DD", description = "The value date.")
    private LocalDate date;

    @Override
    public Integer call() {
        return root.inWorkspace(workspace -> {
            Conversion conversion = workspace.rates().convert(amount, currency, date);
            spec.commandLine().getOut().println(String.join("\t",
                    "EUR " + conversion.euros().amount().toPlainString(),
                    conversion.rate().unitsPerEuro().toPlainString(),
                    conversion.rate().date().toString(),
                    conversion.rate().source().name()));
        });
    }
}
