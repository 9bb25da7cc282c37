package org.octopusdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.octopusdesk.report.DifferenceWords;
import org.octopusdesk.service.check.CheckReport;
import org.octopusdesk.service.check.Difference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Checks that every figure kept beside the payments follows from them; exit 1 with the list when one does not.
 * With {@code --repair}, rebuilds the differing figures from the payments in one transaction, audited.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check that every stored total and summary agrees with the payments.",
            "Exit code 0 when all agree, 1 with the list of differences when not.",
            "With --repair, rebuild the differing figures from the payments (never the payments), in one "
                + "transaction written to the audit trail."})
final class CheckCommand implements Callable<Integer> {

    @ParentCommand
    private OctopusDeskCommand root;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--repair", description = "Rebuild the figures that differ from the payments.")
    private boolean repair;

    @Override
    public Integer call() {
        DifferenceWords words = new DifferenceWords(root.messages());
        PrintWriter out = spec.commandLine().getOut();
        CheckReport[] found = new CheckReport[1];
        root.inWorkspace(workspace -> found[0] = repair ? workspace.dataCheck().repair(fraction -> { })
                : workspace.dataCheck().check(fraction -> { }));
        CheckReport report = found[0];
        out.println(words.summary(report));
        for (Difference difference : report.differences()) {
            out.println("  " + words.line(difference));
        }
        String more = words.more(report);
        if (!more.isEmpty()) {
            out.println("  " + more);
        }
        return report.agrees() || report.repaired() ? 0 : 1;
    }
}
