package org.octopusdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.AppVersion;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.service.Workspace;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line: with no command it opens the window; its commands are a thin face over the same services.
 * Errors go to standard error with exit code 1 (2 for wrong usage), never as a stack trace.
 */
@Command(name = "octopus-desk", mixinStandardHelpOptions = true, versionProvider = OctopusDeskCommand.Version.class,
        description = "Octopus Desk, for the T-CY secretariat: projects and their duration, donors and "
                + "contributions, project spending, committee meetings, exchange rates, PDF reports, the audit trail. "
                + "Without a command, opens the window.")
public final class OctopusDeskCommand implements Callable<Integer> {

    /**
     * The commands, in the order of the help. Added by {@link #commandLine} rather than named in the annotation,
     * so that a start of the window can leave them out: picocli reads every command's annotations when it builds
     * them, a visible share of the time to the first window (decision 0033).
     */
    static final java.util.List<Class<?>> COMMANDS = java.util.List.of(InitCommand.class, ProjectsCommand.class,
            DonorsCommand.class, ContributionsCommand.class, MeetingsCommand.class, ConferencesCommand.class,
            CountriesCommand.class, TreatiesCommand.class, ParticipantsCommand.class, SpendingCommand.class,
            RatesCommand.class, ConvertCommand.class, ReportCommand.class, CheckCommand.class, AuditCommand.class,
            BackupCommand.class, BackupsCommand.class, RestoreCommand.class, MigrateToCommand.class,
            BadgesCommand.class, PeopleCommand.class);

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data folder (default: $" + DataFolders.ENVIRONMENT_VARIABLE + ", else ~/.octopus-desk if it "
                    + "exists, else the system's place for application data, e.g. ~/.local/share/octopus-desk).")
    private Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC-URL",
            description = "A PostgreSQL database shared by several workstations instead of the embedded one, e.g. "
                    + "jdbc:postgresql://server/octopus?user=anna. The password from the address, else $PGPASSWORD, "
                    + "else asked. The data folder still keeps this workstation's settings, logs and documents.")
    private String databaseUrl;

    @Option(names = "--lang", paramLabel = "LANG", description = "Language of the window and messages: en or fr.")
    private String language;

    @Option(names = "--sample-data",
            description = "Window: load the sample data into an empty database without asking.")
    private boolean sampleData;

    /** Hidden: the installers' build starts the window this way to record the classes a start loads (AppCDS). */
    @Option(names = "--cds-training", hidden = true,
            description = "Window: close by itself once the main screen has been drawn.")
    private boolean cdsTraining;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    private final Environment environment;
    private final Map<String, String> variables;

    public OctopusDeskCommand(Environment environment, Map<String, String> variables) {
        this.environment = environment;
        this.variables = variables;
    }

    /** A ready command line: its exit codes and error handling are those documented in the README. */
    public static CommandLine commandLine(Environment environment, Map<String, String> variables) {
        OctopusDeskCommand root = new OctopusDeskCommand(environment, variables);
        CommandLine commandLine = new CommandLine(root);
        COMMANDS.forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler(root::handle);
        // Whatever writer the caller set by then, the data reaches the terminal without its control characters;
        // picocli's own styling would be such characters, so help is plain.
        commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        CommandLine.IExecutionStrategy strategy = commandLine.getExecutionStrategy();
        commandLine.setExecutionStrategy(parsed -> {
            commandLine.setOut(TerminalText.safe(commandLine.getOut()));
            commandLine.setErr(TerminalText.safe(commandLine.getErr()));
            return strategy.execute(parsed);
        });
        // Registered after the subcommands exist: picocli hands a converter to every command present then.
        commandLine.registerConverter(java.time.LocalDate.class, OctopusDeskCommand::date);
        return commandLine;
    }

    /**
     * Runs {@code args} and returns the exit code. A plain start of the window (see {@link WindowStart}) opens it
     * directly: building picocli's model of the command line, even without its commands, was the largest share of
     * the main thread's time to the first window (decision 0033). Anything else goes through {@link #commandLine}.
     */
    public static int execute(Environment environment, Map<String, String> variables, String[] args) {
        return execute(environment, variables, args, null);
    }

    /** As {@link #execute(Environment, Map, String[])}, errors to {@code err} (picocli's standard error if null). */
    static int execute(Environment environment, Map<String, String> variables, String[] args, PrintWriter err) {
        java.util.Optional<WindowStart> window = WindowStart.parse(args);
        if (window.isEmpty()) {
            CommandLine full = commandLine(environment, variables);
            if (err != null) {
                full.setErr(err);
            }
            return full.execute(args);
        }
        OctopusDeskCommand root = new OctopusDeskCommand(environment, variables);
        root.dataDir = window.get().value("--data-dir").map(Path::of).orElse(null);
        root.databaseUrl = window.get().value("--db-url").orElse(null);
        root.language = window.get().value("--lang").orElse(null);
        root.sampleData = window.get().flag("--sample-data");
        root.cdsTraining = window.get().flag("--cds-training");
        try {
            return root.call();
        } catch (RuntimeException failure) {
            return root.report(failure, TerminalText.safe(err != null ? err : standardError()));
        }
    }

    /** Standard error as picocli writes to it: in the encoding the JVM gives it, flushed at each line. */
    private static PrintWriter standardError() {
        String encoding = System.getProperty("sun.stderr.encoding");
        java.nio.charset.Charset charset = encoding != null ? java.nio.charset.Charset.forName(encoding)
                : java.nio.charset.Charset.defaultCharset();
        return new PrintWriter(new java.io.BufferedWriter(new java.io.OutputStreamWriter(System.err, charset)), true);
    }

    @Override
    public Integer call() {
        checkLanguage();
        java.util.Optional<ServerDatabase> server = server();
        if (server.isPresent()) {
            return environment.openWindow(folder(), server.get(), language, sampleData, cdsTraining);
        }
        return environment.openWindow(folder(), language, sampleData, cdsTraining);
    }

    /**
     * Runs a command's work on the data folder's services, then closes them: the one way commands reach the
     * services. Returns the exit code 0; failures go through the execution exception handler.
     */
    int inWorkspace(java.util.function.Consumer<Workspace> work) {
        checkLanguage();
        java.util.Optional<ServerDatabase> server = server();
        try (Workspace workspace = server.isPresent() ? environment.open(folder(), server.get())
                : environment.open(folder())) {
            work.accept(workspace);
        }
        return 0;
    }

    /** The PostgreSQL database of {@code --db-url}, if given; empty for the data folder's embedded database. */
    java.util.Optional<ServerDatabase> server() {
        if (databaseUrl == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(serverAt(databaseUrl));
    }

    /**
     * The database at {@code url}: the user from the address, else $PGUSER, else the operating-system user (as
     * PostgreSQL's own tools do); the password from the address, else $PGPASSWORD, else asked on the terminal.
     */
    ServerDatabase serverAt(String url) {
        String defaultUser = variables.getOrDefault("PGUSER", System.getProperty("user.name"));
        return ServerDatabase.fromUrl(url.strip(), defaultUser, this::password);
    }

    private String password() {
        String fromEnvironment = variables.get("PGPASSWORD");
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        java.io.Console console = System.console();
        if (console == null) {
            return "";
        }
        char[] typed = console.readPassword("%s", messages().text("cli.database.password"));
        return typed == null ? "" : new String(typed);
    }

    /** A new person's password: from {@code variable} (a script's), else asked twice on the terminal. */
    String newPersonPassword(String variable, String login) {
        String fromEnvironment = variables.get(variable);
        if (fromEnvironment != null) {
            return fromEnvironment;
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new DomainException("cli.people.noTerminal", variable);
        }
        char[] typed = console.readPassword("%s", messages().text("cli.people.password", login));
        char[] again = console.readPassword("%s", messages().text("cli.people.passwordAgain"));
        if (typed == null || !java.util.Arrays.equals(typed, again)) {
            throw new DomainException("cli.people.passwordsDiffer");
        }
        return new String(typed);
    }

    Environment environment() {
        return environment;
    }

    Path folder() {
        return DataFolders.resolve(dataDir, variables, System.getProperty("user.home"), System.getProperty("os.name"));
    }

    /** The messages of the chosen language; usage errors come before it is known to be valid. */
    Messages messages() {
        return Messages.forLanguage(language);
    }

    void checkLanguage() {
        if (language != null && !Messages.isSupported(language)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Unknown language '" + language + "': use en or fr.");
        }
    }

    private int handle(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        return report(failure, commandLine.getErr());
    }

    private int report(Exception failure, PrintWriter err) {
        if (failure instanceof DomainException known) {
            err.println(messages().message(known));
        } else {
            org.slf4j.LoggerFactory.getLogger(OctopusDeskCommand.class).error("Command failed", failure);
            err.println(messages().text("error.unexpected.cli", String.valueOf(failure.getMessage()),
                    folder().resolve("logs").resolve("octopus-desk.log")));
        }
        err.flush();
        return 1;
    }

    /** A date argument or option: ISO dates only, said plainly when it is none (picocli would name the class). */
    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException notADate) {
            throw new CommandLine.TypeConversionException("Not a date: " + shown(text) + " (write YYYY-MM-DD)");
        }
    }

    /** A value typed on the command line, cut if it is long, so that a message stays readable. */
    private static String shown(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    /** Prints "Octopus Desk VERSION". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Octopus Desk " + AppVersion.current()};
        }
    }
}
