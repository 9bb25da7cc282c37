package org.octopusdesk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.report.conference.Badges;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `badges`: the name badges of an edition's participants, eight to an A4 page. */
@Command(name = "badges", mixinStandardHelpOptions = true,
        description = "Write the name badges of a conference edition's participants as a PDF: eight 90 x 60 mm "
                + "badges to an A4 page with cut marks; name, organisation and country. Erased participants are "
                + "not printed; an edition without participants writes no file.")
final class BadgesCommand implements Callable<Integer> {

    @ParentCommand
    private OctopusDeskCommand root;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--conference", required = true, paramLabel = "YEAR", description = "The edition's year.")
    private int year;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "The file to write.")
    private Path out;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of the country names: en or fr (default: the messages' language).")
    private String language;

    @Override
    public Integer call() {
        if (language != null && !Messages.isSupported(language)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown language '" + language + "': use en or fr.");
        }
        Messages messages = root.messages();
        String printed = language == null ? messages.language() : Messages.forLanguage(language).language();
        return root.inWorkspace(workspace -> {
            int pages = new Badges(workspace.conferences(), workspace.countries()).write(year, printed, out);
            spec.commandLine().getOut().println(messages.text("cli.report.written", out.toAbsolutePath().normalize(),
                    pages));
        });
    }
}
