package org.octopusdesk.ui.conferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.conference.ChecklistItem;
import org.octopusdesk.domain.conference.LogisticsTask;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The checklist's standard tasks read in the reader's language, and a new edition's tasks are written in it. */
class ChecklistViewModelTest {

    @TempDir
    Path folder;

    private ChecklistViewModel checklist(TestDatabase database, Messages messages) {
        ScriptedDialogs dialogs = new ScriptedDialogs();
        return new ChecklistViewModel(database.conferences().logistics(), new SameThreadRunner(), dialogs,
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages);
    }

    @Test
    void aFrenchReaderSeesTheStandardTasksInFrenchAndKeepsThemStandardWhenSavedUnchanged() throws Exception {
        try (TestDatabase database = new TestDatabase(folder.resolve("data"))) {
            ChecklistViewModel french = checklist(database, Messages.forLanguage("fr"));
            french.reload(Optional.empty());

            assertThat(french.items()).extracting(french::titleOf).containsExactly("Réserver le lieu et les salles",
                    "Réserver l’interprétation anglais/français et les cabines",
                    "Envoyer les lettres d’invitation pour les visas", "Réserver les voyages des participants financés",
                    "Confirmer la restauration pour le nombre final de participants", "Imprimer les badges");

            french.selectedProperty().set(french.items().get(0));
            assertThat(french.titleProperty().get()).isEqualTo("Réserver le lieu et les salles");
            french.ownerProperty().set("Unité des conférences");
            french.save();
            ChecklistItem venue = database.conferences().logistics().checklist().get(0);
            assertThat(venue.standard()).hasValue("venue");
            assertThat(venue.title()).as("stored as shipped").isEqualTo("Book the venue and the rooms");
            assertThat(venue.owner()).isEqualTo("Unité des conférences");

            french.selectedProperty().set(french.items().get(5));
            french.titleProperty().set("Imprimer les badges et les chevalets");
            french.save();
            ChecklistItem badges = database.conferences().logistics().checklist().get(5);
            assertThat(badges.standard()).isEmpty();
            assertThat(badges.title()).isEqualTo("Imprimer les badges et les chevalets");

            ChecklistViewModel english = checklist(database, Messages.forLanguage("en"));
            english.reload(Optional.empty());
            assertThat(english.items()).extracting(english::titleOf).startsWith("Book the venue and the rooms")
                    .endsWith("Imprimer les badges et les chevalets");
        }
    }

    @Test
    void anEditionRecordedInFrenchGetsItsTasksInFrench() throws Exception {
        try (TestDatabase database = new TestDatabase(folder.resolve("data"))) {
            Messages messages = Messages.forLanguage("fr");
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ConferenceEditorViewModel editor = new ConferenceEditorViewModel(database.conferences(),
                    new SameThreadRunner(), new ErrorReporter(dialogs, messages, folder.resolve("log")), messages,
                    null);
            editor.proposeNew(OptionalInt.of(2026), 2026);
            editor.startProperty().set(LocalDate.of(2027, 6, 14));
            editor.endProperty().set(LocalDate.of(2027, 6, 16));
            java.util.List<org.octopusdesk.domain.conference.Conference> saved = new java.util.ArrayList<>();

            editor.save(saved::add);

            assertThat(saved).hasSize(1);
            assertThat(database.conferences().logistics().ofConference(saved.get(0).id(), null))
                    .extracting(LogisticsTask::title).first().isEqualTo("Réserver le lieu et les salles");
        }
    }
}
