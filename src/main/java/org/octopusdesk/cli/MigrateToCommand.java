package org.octopusdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.service.transfer.CopyReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Copies a whole database into an empty one of the other engine, checked by the rows of every table and the sum of
 * every money column before it is committed, and prints the check.
 */
@Command(name = "migrate-to", mixinStandardHelpOptions = true,
        description = {"Copy the whole database into an empty database of the other engine, and print the check.",
            "With --db-url: the data folder's embedded database into an empty PostgreSQL database.",
            "With --embedded DIR (and the global --db-url before the command): that PostgreSQL database into a new "
                + "embedded database in DIR.",
            "Checked by the rows of every table and the sum of every money column before it is committed; a target "
                + "that holds records is refused. Meeting documents stay as files in the data folder."})
final class MigrateToCommand implements Callable<Integer> {

    @ParentCommand
    private OctopusDeskCommand root;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    /** Where the copy goes: a server database or an embedded one. */
    static final class Target {
        @Option(names = "--db-url", paramLabel = "JDBC-URL", required = true,
                description = "The empty PostgreSQL database to copy into (password as for the global --db-url).")
        private String serverUrl;

        @Option(names = "--embedded", paramLabel = "DIR", required = true,
                description = "The data folder of a new embedded database to copy the server database into.")
        private Path folder;
    }

    @Override
    public Integer call() {
        root.checkLanguage();
        CopyReport report;
        java.util.Optional<ServerDatabase> source = root.server();
        if (target.serverUrl != null) {
            if (source.isPresent()) {
                throw new DomainException("error.copy.serverToServer");
            }
            report = root.environment().databaseCopy().toServer(root.folder(), root.serverAt(target.serverUrl));
        } else {
            ServerDatabase server = source.orElseThrow(() -> new DomainException("error.copy.embeddedToEmbedded"));
            report = root.environment().databaseCopy().toEmbedded(server, target.folder.toAbsolutePath());
        }
        print(report, root.messages(), spec.commandLine().getOut());
        return 0;
    }

    static void print(CopyReport report, Messages messages, PrintWriter out) {
        out.println(messages.text("cli.copy.done", report.from(), report.to(), report.rows(), report.tables().size(),
                report.millis()));
        out.println(messages.text("cli.copy.rowsHeader"));
        for (CopyReport.TableCount count : report.tables()) {
            out.println(String.format("  %-26s %10d %10d", count.table(), count.source(), count.target()));
        }
        out.println(messages.text("cli.copy.sumsHeader"));
        for (CopyReport.ColumnSum sum : report.sums()) {
            out.println(String.format("  %-44s %22s %22s", sum.table() + "." + sum.column(),
                    sum.source().toPlainString(), sum.target().toPlainString()));
        }
        out.println(messages.text(report.matches() ? "cli.copy.verified" : "cli.copy.differs"));
    }
}
