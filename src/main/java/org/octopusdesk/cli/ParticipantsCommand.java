package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.conferences.ParticipantPrivacy;
import org.octopusdesk.service.conferences.PersonalData;
import org.octopusdesk.service.conferences.RetentionPurge;
import org.octopusdesk.service.conferences.ParticipantImportException;
import org.octopusdesk.service.conferences.ParticipantImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The participants of the conference editions on the command line. */
@Command(name = "participants", mixinStandardHelpOptions = true, description = "Conference participants.",
        subcommands = {ParticipantsCommand.Import.class, ParticipantsCommand.Export.class,
            ParticipantsCommand.Erase.class, ParticipantsCommand.Purge.class})
final class ParticipantsCommand extends CommandGroup {

    @ParentCommand
    private OctopusDeskCommand root;

    /** Imports a participants file: all of it, or nothing and every bad line listed. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import participants from CSV (columns name, organisation, country, sector, email in any "
                    + "order; optional role, funded, consent, consent_date). If any line is bad, nothing is "
                    + "imported and each is listed.")
    static final class Import implements Callable<Integer> {

        @ParentCommand
        private ParticipantsCommand participants;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--conference", required = true, paramLabel = "YEAR", description = "The edition's year.")
        private int year;

        @Parameters(paramLabel = "FILE.csv", description = "The file to import.")
        private Path file;

        @Override
        public Integer call() {
            Messages messages = participants.root.messages();
            return participants.root.inWorkspace(workspace -> {
                try {
                    ParticipantImportReport report = workspace.conferences().participants().importFile(year, file);
                    spec.commandLine().getOut().println(messages.text("cli.participants.imported",
                            report.imported(), year));
                    if (report.alreadyRegistered() > 0) {
                        spec.commandLine().getOut().println(messages.text("cli.participants.alreadyRegistered",
                                report.alreadyRegistered()));
                    }
                } catch (ParticipantImportException refused) {
                    refused.problems().forEach(problem -> spec.commandLine().getErr()
                            .println(ContributionsCommand.describe(problem, messages)));
                    throw refused;
                }
            });
        }
    }

    /** Writes everything held on one person as a JSON file (right of access). */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write everything held on the person registered under an e-mail address in an edition "
                    + "(and in other editions under the same address) as one JSON file: registrations, the sessions "
                    + "naming them, the audit facts kept.")
    static final class Export implements Callable<Integer> {

        @ParentCommand
        private ParticipantsCommand participants;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        private PersonInEdition person;

        @Option(names = "--out", required = true, paramLabel = "FILE.json", description = "The file to write.")
        private Path out;

        @Override
        public Integer call() {
            Messages messages = participants.root.messages();
            return participants.root.inWorkspace(workspace -> {
                PersonalData data = workspace.conferences().privacy().personalData(person.year, person.email);
                ParticipantPrivacy.write(data, messages.text("participant.purpose"), out);
                spec.commandLine().getOut().println(messages.text("cli.participants.exported",
                        data.registrations().size(), person.email.strip(), out.toAbsolutePath().normalize()));
            });
        }
    }

    /** Erases a person's details in one edition; without --yes, only says what would go. */
    @Command(name = "erase", mixinStandardHelpOptions = true,
            description = "Erase the personal details (name, organisation, role, e-mail, consent) of the person "
                    + "registered under an e-mail address in an edition; country, sector and funding stay for the "
                    + "counts. Without --yes, only says what would be erased.")
    static final class Erase implements Callable<Integer> {

        @ParentCommand
        private ParticipantsCommand participants;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        private PersonInEdition person;

        @Option(names = "--yes", description = "Erase: without it, nothing changes.")
        private boolean yes;

        @Override
        public Integer call() {
            Messages messages = participants.root.messages();
            var out = spec.commandLine().getOut();
            String edition = Integer.toString(person.year);
            return participants.root.inWorkspace(workspace -> {
                ParticipantPrivacy privacy = workspace.conferences().privacy();
                if (!yes) {
                    List<Participant> found = privacy.toErase(person.year, person.email);
                    // Refused, exit code 1: a script that forgot --yes must not read as a success.
                    throw new DomainException("cli.participants.wouldErase", found.size(), edition,
                            found.stream().map(Participant::name).collect(Collectors.joining(", ")));
                }
                List<Participant> erased = privacy.erase(person.year, person.email);
                out.println(messages.text("cli.participants.erased", erased.size(), edition));
                List<Integer> others = privacy.otherEditions(person.year, person.email);
                if (!others.isEmpty()) {
                    out.println(messages.text("cli.participants.otherEditions", others.stream()
                            .map(String::valueOf).collect(Collectors.joining(", "))));
                }
            });
        }
    }

    /** The retention purge: what it takes, per edition, and with --yes the purge itself. */
    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Show, per edition whose retention period has passed, how many participants' personal "
                    + "details (name, organisation, role, e-mail, consent) would be purged; with --yes, purge them. "
                    + "Country, sector and funding stay for the counts.")
    static final class Purge implements Callable<Integer> {

        @ParentCommand
        private ParticipantsCommand participants;

        @Spec
        private picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
                description = "The day the periods are judged on (default: today; never after today with --yes).")
        private java.time.LocalDate asOf;

        @Option(names = "--yes", description = "Purge: without it, only the preview is shown.")
        private boolean yes;

        @Override
        public Integer call() {
            Messages messages = participants.root.messages();
            var out = spec.commandLine().getOut();
            return participants.root.inWorkspace(workspace -> {
                RetentionPurge purge = workspace.conferences().retention();
                java.time.LocalDate day = asOf == null ? workspace.conferences().participants().today() : asOf;
                List<RetentionPurge.Line> lines = yes ? purge.purge(day) : purge.preview(day);
                if (lines.isEmpty()) {
                    out.println(messages.text("cli.purge.nothing", day.toString()));
                    return;
                }
                for (RetentionPurge.Line line : lines) {
                    out.println(messages.text(yes ? "cli.purge.purged" : "cli.purge.line",
                            Integer.toString(line.edition().year()),
                            line.participants(), line.edition().retentionMonths(), line.purgeFrom().toString()));
                }
                out.println(messages.text(yes ? "cli.purge.done" : "cli.purge.askYes", lines.stream()
                        .mapToInt(RetentionPurge.Line::participants).sum()));
            });
        }
    }

    /** The person a right of access or erasure is about: their address, in the edition they are asked about. */
    static final class PersonInEdition {

        @Option(names = "--conference", required = true, paramLabel = "YEAR", description = "The edition's year.")
        int year;

        @Option(names = "--email", required = true, paramLabel = "ADDRESS", description = "The person's address.")
        String email;
    }
}
