package org.octopusdesk.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.backup.BackupSettings;
import org.octopusdesk.service.backup.RestorePlan;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** File › Backups without the toolkit: the list, a backup now, a failing folder, and a restore asked first. */
class BackupsViewModelTest {

    @TempDir
    Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<RestorePlan> handedToTheWindow = new ArrayList<>();

    private BackupsViewModel model(TestDatabase database) {
        Messages messages = Messages.forLanguage("fr");
        return new BackupsViewModel(database.backups(), new SameThreadRunner(), dialogs,
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages, handedToTheWindow::add);
    }

    @Test
    void backUpNowListsTheNewFileAndSaysItInFrench() {
        try (TestDatabase database = new TestDatabase(folder)) {
            BackupsViewModel model = model(database);
            model.load();
            assertThat(model.rows()).isEmpty();
            assertThat(model.folderProperty().get()).isEqualTo(folder.resolve("backups").toString());
            assertThat(model.generationsProperty().get()).isEqualTo(10);

            model.backUpNow();

            assertThat(model.rows()).singleElement().satisfies(row -> {
                assertThat(row.name()).isEqualTo("octopus-desk-2026-11-28-1000.zip");
                assertThat(row.takenAt()).isEqualTo("28/11/2026 10:00");
                assertThat(row.size()).matches("\\d+(,\\d)? (Ko|Mo)");
            });
            assertThat(model.outcomeProperty().get())
                    .startsWith("Sauvegarde écrite : octopus-desk-2026-11-28-1000.zip");
            assertThat(model.toneProperty().get()).isEqualTo(BackupsViewModel.Tone.SUCCESS);
            assertThat(model.runningProperty().get()).isFalse();

            model.changeGenerations(3);
            assertThat(database.backups().settings().generations()).isEqualTo(3);
        }
    }

    @Test
    void aMissingFolderIsSaidAndTheLastFailureShownOnOpening() {
        try (TestDatabase database = new TestDatabase(folder)) {
            BackupsViewModel model = model(database);
            model.changeFolder(folder.resolve("unplugged"));
            model.backUpNow();
            assertThat(model.toneProperty().get()).isEqualTo(BackupsViewModel.Tone.WARNING);
            assertThat(model.outcomeProperty().get()).startsWith("Le dossier des sauvegardes " + folder.resolve(
                    "unplugged") + " est introuvable");
            assertThat(dialogs.errors()).hasSize(1);

            BackupsViewModel reopened = model(database);
            reopened.load();
            assertThat(reopened.outcomeProperty().get()).startsWith("La dernière sauvegarde, le 28/11/2026 10:00, a "
                    + "échoué : Le dossier des sauvegardes");
            assertThat(reopened.folderChosenProperty().get()).isTrue();
            reopened.changeFolder(null);
            assertThat(database.backups().settings()).isEqualTo(BackupSettings.DEFAULT);
        }
    }

    @Test
    void aRestoreIsAskedFirstThenPreparedAndHandedToTheWindow() {
        try (TestDatabase database = new TestDatabase(folder)) {
            BackupsViewModel model = model(database);
            model.backUpNow();
            BackupsViewModel.Row row = model.rows().get(0);

            dialogs.answering(false);
            model.restore(row);
            assertThat(handedToTheWindow).isEmpty();
            assertThat(dialogs.questions()).singleElement().asString()
                    .startsWith("Remplacer toutes les données par la sauvegarde du 28/11/2026 10:00 ?");

            dialogs.answering(true);
            model.restore(row);
            assertThat(handedToTheWindow).singleElement().satisfies(plan -> {
                assertThat(plan.backup()).isEqualTo(row.file().path());
                assertThat(plan.restoredFolder()).exists();
                assertThat(plan.safetyCopy().path()).exists();
            });
        }
    }
}
