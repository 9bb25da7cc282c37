package org.octopusdesk.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.domain.ValidationException;
import org.octopusdesk.domain.people.Person;
import org.octopusdesk.domain.people.PersonDraft;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The people of a server database and their roles (decision 0034): an administrator's commands. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = "The people of a PostgreSQL database (--db-url) and their roles: administrator, "
                + "programme-manager, assistant, staff.",
        subcommands = {PeopleCommand.ListCommand.class, PeopleCommand.AddCommand.class, PeopleCommand.RoleCommand.class,
            PeopleCommand.DisableCommand.class, PeopleCommand.EnableCommand.class})
final class PeopleCommand extends CommandGroup {

    /** Where a script gives the new person's password; otherwise it is asked on the terminal. */
    static final String PASSWORD_VARIABLE = "OCTOPUS_NEW_PASSWORD";

    @ParentCommand
    private OctopusDeskCommand root;

    /** A role as typed: programme-manager or programme_manager, any case. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            return Role.fromServerName(value.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_'))
                    .orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                            + "' is no role: administrator, programme-manager, assistant or staff"));
        }
    }

    /** How a role is written on the command line. */
    static String typed(Role role) {
        return role.serverName().replace('_', '-');
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print one person a line: login, role, and whether the login is enabled (tab-separated).")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        private PeopleCommand people;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Messages messages = people.root.messages();
            return people.root.inWorkspace(workspace -> {
                for (Person person : workspace.people().list()) {
                    out.println(String.join("\t", person.login(), typed(person.role()),
                            messages.text(person.canLogin() ? "people.enabled" : "people.disabled")));
                }
            });
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a person: a login of the server with a password, in one role.",
                "The password from $" + PASSWORD_VARIABLE + ", else asked on the terminal."})
    static final class AddCommand implements Callable<Integer> {

        @ParentCommand
        private PeopleCommand people;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOGIN", description = "The login, e.g. anna.")
        private String login;

        @Parameters(index = "1", paramLabel = "ROLE", converter = RoleConverter.class,
                description = "administrator, programme-manager, assistant or staff.")
        private Role role;

        @Override
        public Integer call() {
            Messages messages = people.root.messages();
            String password = people.root.newPersonPassword(PASSWORD_VARIABLE, login);
            PersonDraft draft = new PersonDraft(login, password, role);
            try {
                // The draft's own rules first: a short password is said without connecting to the server.
                ValidationException.throwIfAny(draft.validate());
                people.root.inWorkspace(workspace -> workspace.people().add(draft));
            } catch (ValidationException refused) {
                PrintWriter err = spec.commandLine().getErr();
                for (FieldError error : refused.errors()) {
                    err.println(messages.text("people.field." + error.field()) + ": " + messages.message(error));
                }
                err.flush();
                return 1;
            }
            spec.commandLine().getOut().println(messages.text("people.added", login, role));
            return 0;
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Give a person another role.")
    static final class RoleCommand implements Callable<Integer> {

        @ParentCommand
        private PeopleCommand people;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOGIN")
        private String login;

        @Parameters(index = "1", paramLabel = "ROLE", converter = RoleConverter.class,
                description = "administrator, programme-manager, assistant or staff.")
        private Role role;

        @Override
        public Integer call() {
            people.root.inWorkspace(workspace -> workspace.people().changeRole(login, role));
            spec.commandLine().getOut().println(people.root.messages().text("people.roleChanged", login, role));
            return 0;
        }
    }

    /** Disables or enables a person's login: the two commands differ only in the way they switch it. */
    abstract static class LoginSwitch implements Callable<Integer> {

        private final boolean enabled;
        private final String doneKey;

        @ParentCommand
        private PeopleCommand people;

        @Spec
        private CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "LOGIN")
        private String login;

        LoginSwitch(boolean enabled, String doneKey) {
            this.enabled = enabled;
            this.doneKey = doneKey;
        }

        @Override
        public Integer call() {
            people.root.inWorkspace(workspace -> workspace.people().setLogin(login, enabled));
            spec.commandLine().getOut().println(people.root.messages().text(doneKey, login));
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable a person's login: it can no more connect (open sessions end when closed).")
    static final class DisableCommand extends LoginSwitch {

        DisableCommand() {
            super(false, "people.disabledNow");
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled login again.")
    static final class EnableCommand extends LoginSwitch {

        EnableCommand() {
            super(true, "people.enabledNow");
        }
    }
}
