package org.octopusdesk.cli;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.audit.AuditEntry;
import org.octopusdesk.domain.audit.AuditRow;
import org.octopusdesk.i18n.AuditText;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.audit.AuditService;
import org.octopusdesk.service.audit.AuditVerification;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The audit trail on the command line: its latest entries, and the proof that none was changed or removed. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail: who changed what and when, and the proof that no entry was altered.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListCommand.class})
final class AuditCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** Walks the whole chain: exit 0 with the count and last hash, or 1 naming the first entry that breaks. */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify that no entry of the audit trail was changed or removed since it was written. "
                    + "Exit code 0 if intact (prints the last hash: note it to compare later), 1 if broken.")
    static final class Verify implements Callable<Integer> {

        @ParentCommand
        private AuditCommand audit;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Messages messages = audit.root.messages();
            AuditVerification[] result = new AuditVerification[1];
            audit.root.inWorkspace(workspace -> result[0] = workspace.audit().verify(share -> { }));
            AuditVerification verification = result[0];
            if (verification.intact()) {
                spec.commandLine().getOut().println(AuditText.intact(verification.verified(),
                        verification.lastHash(), verification.lastId(), messages));
                return 0;
            }
            var err = spec.commandLine().getErr();
            err.println(messages.text("audit.verify.broken",
                    AuditText.describe(verification.broken().orElseThrow(), messages)));
            err.println(AuditText.intactBefore(verification.verified(), messages));
            err.flush();
            return 1;
        }
    }

    /** The newest entries, one a line, tab-separated and stable for scripts. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print the newest entries, newest first, one a line (tab-separated): number, time (UTC), "
                    + "who, record type, record, action, values before, values after.")
    static final class ListCommand implements Callable<Integer> {

        private static final DateTimeFormatter UTC =
                DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

        @ParentCommand
        private AuditCommand audit;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--type", paramLabel = "T",
                description = "Only this record type: DONOR, CONTRIBUTION, PAYMENT, EXPENDITURE, RATE, AUDIT_TRAIL.")
        private String type;

        @Option(names = "--key", paramLabel = "K", description = "Only this record (e.g. a donor's number).")
        private String key;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
                description = "At most N entries (default ${DEFAULT-VALUE}, at most " + AuditService.MAX_LISTED + ").")
        private int limit;

        @Override
        public Integer call() {
            Messages messages = audit.root.messages();
            var out = spec.commandLine().getOut();
            return audit.root.inWorkspace(workspace -> {
                String recordType = type == null ? null : type.toUpperCase(Locale.ROOT);
                for (AuditRow row : workspace.audit().latest(recordType, key, limit)) {
                    AuditEntry entry = row.entry();
                    out.println(String.join("\t", Long.toString(row.id()), UTC.format(entry.recordedAt()),
                            entry.actor(), entry.recordType(), entry.recordKey(),
                            entry.action().name().toLowerCase(Locale.ROOT), oneLine(entry.oldValues(), messages),
                            oneLine(entry.newValues(), messages)));
                }
            });
        }

        /** Values on one line, so that each entry stays one line of the output. */
        private static String oneLine(String values, Messages messages) {
            return values.isEmpty() ? "-" : AuditText.readable(values, messages).replace("\t", " ")
                    .replace("\n", "; ");
        }
    }
}
