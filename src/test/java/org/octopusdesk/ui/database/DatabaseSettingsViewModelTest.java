package org.octopusdesk.ui.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.FileDatabaseSettingsStore;
import org.octopusdesk.service.DatabaseSettings;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

class DatabaseSettingsViewModelTest {

    @TempDir
    Path folder;

    @Test
    void aServerNeedsItsFieldsThenIsSavedWithTheKeptPasswordAndReadBack() {
        Messages messages = Messages.forLanguage("en");
        ErrorReporter errors = new ErrorReporter(new ScriptedDialogs(), messages, folder.resolve("log"));
        FileDatabaseSettingsStore store = new FileDatabaseSettingsStore(folder);
        DatabaseSettingsViewModel model = new DatabaseSettingsViewModel(store, new SameThreadRunner(), errors,
                messages);
        List<DatabaseSettings> saved = new ArrayList<>();
        assertThat(model.kindProperty().get()).isEqualTo(DatabaseSettings.Kind.EMBEDDED);
        assertThat(model.onServerProperty().get()).isFalse();

        model.kindProperty().set(DatabaseSettings.Kind.POSTGRESQL);
        model.portProperty().set("54x");
        model.keepPasswordProperty().set(true);
        model.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(model.fieldErrors().of(DatabaseSettings.HOST).get()).isEqualTo("Required for a server.");
        assertThat(model.fieldErrors().of(DatabaseSettings.PORT).get()).isEqualTo("A port from 1 to 65535.");
        assertThat(model.fieldErrors().of(DatabaseSettings.USER).get()).isEqualTo("Required for a server.");
        assertThat(model.fieldErrors().of("password").get()).isEqualTo("Required for a server.");

        model.hostProperty().set("db.coe.int");
        model.portProperty().set("5432");
        model.userProperty().set("anna");
        model.passwordProperty().set("pw");
        model.save(saved::add);

        DatabaseSettings expected = new DatabaseSettings(DatabaseSettings.Kind.POSTGRESQL, "db.coe.int", 5432,
                "octopus", "anna");
        assertThat(saved).containsExactly(expected);
        assertThat(store.load()).isEqualTo(expected);
        assertThat(store.password()).contains("pw");
        DatabaseSettingsViewModel reopened = new DatabaseSettingsViewModel(store, new SameThreadRunner(), errors,
                messages);
        assertThat(reopened.keepPasswordProperty().get()).isTrue();
        assertThat(reopened.userProperty().get()).isEqualTo("anna");
    }

    @Test
    void backToTheEmbeddedDatabaseForgetsTheKeptPassword() {
        Messages messages = Messages.forLanguage("fr");
        FileDatabaseSettingsStore store = new FileDatabaseSettingsStore(folder);
        store.save(new DatabaseSettings(DatabaseSettings.Kind.POSTGRESQL, "db", 5432, "octopus", "anna"),
                java.util.Optional.of("pw"));
        DatabaseSettingsViewModel model = new DatabaseSettingsViewModel(store, new SameThreadRunner(),
                new ErrorReporter(new ScriptedDialogs(), messages, folder.resolve("log")), messages);

        model.kindProperty().set(DatabaseSettings.Kind.EMBEDDED);
        model.save(saved -> { });

        assertThat(store.load().kind()).isEqualTo(DatabaseSettings.Kind.EMBEDDED);
        assertThat(store.password()).isEmpty();
    }
}
