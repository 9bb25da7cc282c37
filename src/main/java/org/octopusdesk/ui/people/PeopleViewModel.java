package org.octopusdesk.ui.people;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.octopusdesk.domain.people.Permission;
import org.octopusdesk.domain.people.Person;
import org.octopusdesk.domain.people.PersonDraft;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.domain.people.SessionRoles;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.people.PeopleService;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;
import org.octopusdesk.ui.common.RoleGate;

/**
 * File › People: the people of a server database, their roles and logins (decision 0034). An administrator adds,
 * changes and disables; any other role sees the list and, beside the disabled actions, why. On the embedded
 * database the screen says why there are no people.
 */
public final class PeopleViewModel {

    private final PeopleService service;
    private final BackgroundRunner runner;
    private final ErrorReporter errors;
    private final Messages messages;
    private final RoleGate gate;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final StringProperty login = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.STAFF);
    private final ObjectProperty<Role> changedRole = new SimpleObjectProperty<>(Role.STAFF);
    private final FieldErrors fieldErrors;
    private final FormSave adding;
    private final BooleanBinding selectionActionsDisabled;

    public PeopleViewModel(PeopleService service, BackgroundRunner runner, ErrorReporter errors, Messages messages) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.messages = messages;
        this.gate = new RoleGate(service.session(), messages);
        this.fieldErrors = new FieldErrors(messages, PersonDraft.LOGIN, PersonDraft.PASSWORD, PersonDraft.ROLE);
        this.adding = new FormSave(runner, errors, fieldErrors, PersonDraft.LOGIN);
        fieldErrors.checkWith(() -> draft().validate());
        fieldErrors.watch(PersonDraft.LOGIN, login);
        fieldErrors.watch(PersonDraft.PASSWORD, password);
        selected.addListener((observable, before, person) -> {
            if (person != null) {
                changedRole.set(person.role());
            }
        });
        selectionActionsDisabled = Bindings.createBooleanBinding(() -> !mayManage() || selected.get() == null,
                selected);
    }

    /** Whether this database has people: a server database. */
    public boolean available() {
        return service.available();
    }

    /** Why the screen is empty (the embedded database), or empty when it is not. */
    public Optional<String> absentReason() {
        return available() ? Optional.empty() : Optional.of(messages.text("error.people.embedded"));
    }

    /** Who is working: "You are anna, assistant." */
    public String sessionLine() {
        SessionRoles session = service.session();
        if (session.unrestricted()) {
            return messages.text("people.session.unrestricted", session.login());
        }
        return session.roles().stream().findFirst()
                .map(first -> messages.text("people.session", session.login(), first))
                .orElseGet(() -> messages.text("role.none", session.login()));
    }

    public boolean mayManage() {
        return gate.allows(Permission.MANAGE_PEOPLE);
    }

    /** Why the add, role and login actions are disabled; empty when they are not. */
    public Optional<String> manageRefusal() {
        return gate.reason(Permission.MANAGE_PEOPLE);
    }

    /** Reads the people again, in the background. */
    public void load() {
        if (!available()) {
            return;
        }
        runner.run(service::list, this::show, errors::report);
    }

    /** Adds the person of the form; the form is cleared once the server has the login. */
    public void add() {
        if (fieldErrors.show(draft().validate(), PersonDraft.LOGIN)) {
            PersonDraft draft = draft();
            adding.run(() -> {
                service.add(draft);
                return service.list();
            }, list -> {
                login.set("");
                password.set("");
                fieldErrors.show(List.of(), PersonDraft.LOGIN);
                show(list);
            });
        }
    }

    /** Gives the selected person the role chosen beside the list. */
    public void changeRole() {
        Person person = selected.get();
        Role chosen = changedRole.get();
        if (person != null && chosen != null && chosen != person.role()) {
            runner.run(() -> {
                service.changeRole(person.login(), chosen);
                return service.list();
            }, this::show, errors::report);
        }
    }

    /** Disables the selected person's login, or enables it again. */
    public void toggleLogin() {
        Person person = selected.get();
        if (person != null) {
            runner.run(() -> {
                service.setLogin(person.login(), !person.canLogin());
                return service.list();
            }, this::show, errors::report);
        }
    }

    private void show(List<Person> list) {
        String keep = selected.get() == null ? null : selected.get().login();
        people.setAll(list);
        selected.set(list.stream().filter(person -> person.login().equals(keep)).findFirst().orElse(null));
    }

    private PersonDraft draft() {
        return new PersonDraft(login.get(), password.get(), role.get());
    }

    /** The text of a role, in the reader's language. */
    public String roleName(Role value) {
        return value == null ? "" : messages.text(value.messageKey());
    }

    public String loginState(Person person) {
        return messages.text(person.canLogin() ? "people.enabled" : "people.disabled");
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Person> selectedProperty() {
        return selected;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ObjectProperty<Role> changedRoleProperty() {
        return changedRole;
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty addingProperty() {
        return adding.savingProperty();
    }

    /** True while no person is selected or the role may not manage people. */
    public BooleanBinding selectionActionsDisabled() {
        return selectionActionsDisabled;
    }
}
