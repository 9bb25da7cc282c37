package org.octopusdesk.ui.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Set;
import org.octopusdesk.domain.people.Role;
import org.octopusdesk.domain.people.SessionRoles;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.RoleGate;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** Help › Check data as the person sees it: the summary, the differing figures in words, and the repair. */
class DataCheckViewModelTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DataCheckViewModel model;

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder.resolve("data"));
        database.sampleData().load();
        Messages messages = Messages.forLanguage("fr");
        model = new DataCheckViewModel(database.dataCheck(), new SameThreadRunner(), dialogs,
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages,
                new RoleGate(database.people().session(), messages));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void agreeingFiguresSaySoAndOfferNoRepair() {
        model.check();

        assertThat(model.summaryProperty().get()).startsWith("9 contributions, 9 versements et ")
                .endsWith("chaque chiffre concorde avec les versements.");
        assertThat(model.agreesProperty().get()).isTrue();
        assertThat(model.repairableProperty().get()).isFalse();
        assertThat(model.differences()).isEmpty();
        assertThat(model.runningProperty().get()).isFalse();
    }

    @Test
    void anAssistantSeesTheDifferenceButNotTheRepairAndIsToldWhy() {
        Messages messages = Messages.forLanguage("fr");
        DataCheckViewModel assistant = new DataCheckViewModel(database.dataCheck(), new SameThreadRunner(), dialogs,
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages, new RoleGate(
                        new SessionRoles("anna", Set.of(Role.ASSISTANT), false), messages));
        String reference = database.fetchValue("SELECT reference FROM contribution ORDER BY id LIMIT 1",
                String.class);
        database.execute("UPDATE contribution SET status = 'PLEDGED' WHERE reference = ?", reference);

        assistant.check();
        dialogs.answering(true);
        assistant.repair();

        assertThat(assistant.differences()).hasSize(1);
        assertThat(assistant.agreesProperty().get()).isFalse();
        assertThat(assistant.repairableProperty().get()).isFalse();
        assertThat(assistant.repairRefusal()).contains("Votre rôle, assistant, ne permet pas de réparer les totaux : "
                + "un responsable de programme le fait.");
        assertThat(dialogs.questions()).as("nothing asked").isEmpty();
        assertThat(database.fetchValue("SELECT status FROM contribution WHERE reference = ?", String.class,
                reference)).isEqualTo("PLEDGED");
        assertThat(model.repairRefusal()).as("on the embedded database").isEmpty();
    }

    @Test
    void aDifferenceIsListedInWordsAndRepairedOnlyOnceConfirmed() {
        String reference = database.fetchValue("SELECT reference FROM contribution ORDER BY id LIMIT 1",
                String.class);
        database.execute("UPDATE contribution SET status = 'PLEDGED' WHERE reference = ?", reference);

        model.check();

        assertThat(model.summaryProperty().get()).startsWith("Un chiffre diffère des versements");
        assertThat(model.differences()).singleElement().satisfies(row -> {
            assertThat(row.record()).isEqualTo("Contribution " + reference);
            assertThat(row.figure()).isEqualTo("statut");
            assertThat(row.stored()).isEqualTo("Promise");
            assertThat(row.recomputed()).isEqualTo("Reçue");
        });
        assertThat(model.repairableProperty().get()).isTrue();

        dialogs.answering(false);
        model.repair();
        assertThat(database.fetchValue("SELECT status FROM contribution WHERE reference = ?", String.class,
                reference)).as("declined: nothing changed").isEqualTo("PLEDGED");

        dialogs.answering(true);
        model.repair();
        assertThat(dialogs.questions()).last().asString().contains("le chiffre qui diffère");
        assertThat(database.fetchValue("SELECT status FROM contribution WHERE reference = ?", String.class,
                reference)).isEqualTo("RECEIVED");
        assertThat(model.summaryProperty().get()).startsWith("Un chiffre réparé");
        assertThat(model.differences()).isEmpty();
        assertThat(model.agreesProperty().get()).isTrue();
        assertThat(model.repairableProperty().get()).isFalse();
    }
}
