package org.octopusdesk.ui.database;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.octopusdesk.domain.FieldError;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.service.DatabaseSettings;
import org.octopusdesk.service.DatabaseSettingsStore;
import org.octopusdesk.ui.common.BackgroundRunner;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.FieldErrors;
import org.octopusdesk.ui.common.FormSave;

/**
 * The choice of the database of this workstation: the embedded one, or a PostgreSQL server with its account. The
 * choice is saved for the next start; the password is asked at each start unless the person keeps it here.
 */
public final class DatabaseSettingsViewModel {

    private static final String PASSWORD = "password";

    private final DatabaseSettingsStore store;
    private final ObjectProperty<DatabaseSettings.Kind> kind = new SimpleObjectProperty<>();
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty keepPassword = new SimpleBooleanProperty();
    private final BooleanBinding onServer = Bindings.equal(kind, DatabaseSettings.Kind.POSTGRESQL);
    private final FieldErrors fieldErrors;
    private final FormSave saving;

    public DatabaseSettingsViewModel(DatabaseSettingsStore store, BackgroundRunner runner, ErrorReporter errors,
            Messages messages) {
        this.store = store;
        this.fieldErrors = new FieldErrors(messages, DatabaseSettings.HOST, DatabaseSettings.PORT,
                DatabaseSettings.DATABASE, DatabaseSettings.USER, PASSWORD);
        this.saving = new FormSave(runner, errors, fieldErrors, DatabaseSettings.HOST);
        DatabaseSettings current = store.load();
        kind.set(current.kind());
        host.set(current.host());
        port.set(Integer.toString(current.port()));
        database.set(current.database());
        user.set(current.user());
        Optional<String> kept = store.password();
        keepPassword.set(kept.isPresent());
        password.set(kept.orElse(""));
        fieldErrors.checkWith(this::problems);
        fieldErrors.watch(DatabaseSettings.HOST, host, kind);
        fieldErrors.watch(DatabaseSettings.PORT, port, kind);
        fieldErrors.watch(DatabaseSettings.DATABASE, database, kind);
        fieldErrors.watch(DatabaseSettings.USER, user, kind);
        fieldErrors.watch(PASSWORD, password, keepPassword);
    }

    /** Saves the choice for the next start; {@code onSaved} gets what was saved. */
    public void save(Consumer<DatabaseSettings> onSaved) {
        if (fieldErrors.show(problems(), DatabaseSettings.HOST)) {
            DatabaseSettings chosen = settings();
            Optional<String> kept = keepPassword.get() && onServer.get() ? Optional.of(password.get())
                    : Optional.empty();
            saving.run(() -> {
                store.save(chosen, kept);
                return chosen;
            }, onSaved);
        }
    }

    private List<FieldError> problems() {
        List<FieldError> problems = new java.util.ArrayList<>(settings().validate());
        if (onServer.get() && !port.get().strip().matches("\\d{1,5}")) {
            problems.removeIf(error -> error.field().equals(DatabaseSettings.PORT));
            problems.add(FieldError.of(DatabaseSettings.PORT, "database.settings.port"));
        }
        if (onServer.get() && keepPassword.get() && password.get().isEmpty()) {
            problems.add(FieldError.of(PASSWORD, "database.settings.required"));
        }
        return problems;
    }

    private DatabaseSettings settings() {
        String digits = port.get().strip();
        int number = digits.matches("\\d{1,5}") ? Integer.parseInt(digits) : 0;
        return new DatabaseSettings(kind.get(), host.get(), number, database.get(), user.get());
    }

    public ObjectProperty<DatabaseSettings.Kind> kindProperty() {
        return kind;
    }

    /** Whether the server's fields apply: they are disabled for the embedded database. */
    public BooleanBinding onServerProperty() {
        return onServer;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty keepPasswordProperty() {
        return keepPassword;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.savingProperty();
    }

    public FieldErrors fieldErrors() {
        return fieldErrors;
    }

    static String passwordField() {
        return PASSWORD;
    }
}
