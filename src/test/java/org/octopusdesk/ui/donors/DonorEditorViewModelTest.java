package org.octopusdesk.ui.donors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

class DonorEditorViewModelTest {

    @TempDir
    Path folder;

    @Test
    void showsProblemsBesideTheFieldsThenSavesAndListsTheDonor() {
        try (TestDatabase database = new TestDatabase(folder)) {
            Messages messages = Messages.forLanguage("fr");
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ErrorReporter errors = new ErrorReporter(dialogs, messages, folder.resolve("log"));
            DonorEditorViewModel editor = new DonorEditorViewModel(database.donors(), new SameThreadRunner(), errors,
                    messages, null);
            List<Donor> saved = new ArrayList<>();

            editor.save(saved::add);
            assertThat(saved).isEmpty();
            assertThat(editor.fieldErrors().of("name").get()).isEqualTo("Obligatoire.");
            assertThat(editor.fieldErrors().of("country").get()).startsWith("Les États et organismes publics");

            editor.nameProperty().set("Estonie");
            editor.kindProperty().set(DonorKind.STATE_PARTY);
            editor.countryProperty().set("Estonie");
            editor.save(saved::add);
            assertThat(saved).singleElement().satisfies(donor -> assertThat(donor.name()).isEqualTo("Estonie"));

            DonorListViewModel list = new DonorListViewModel(database.donors(), database.contributions(),
                    new SameThreadRunner(), dialogs, errors, messages, () -> TestDatabase.TODAY);
            list.reload();
            list.filterProperty().set("partie");
            assertThat(list.visibleDonors()).extracting(Donor::name).containsExactly("Estonie");
            list.selectedProperty().set(list.visibleDonors().get(0));
            assertThat(list.history()).singleElement().satisfies(entry -> {
                assertThat(entry.actor()).isEqualTo(TestDatabase.ACTOR);
                assertThat(entry.newValues()).startsWith("donor.name: Estonie");
                assertThat(org.octopusdesk.i18n.AuditText.readable(entry.newValues(), messages))
                        .startsWith("Nom : Estonie\nCatégorie : État Partie\nPays : Estonie");
            });
            dialogs.answering(true);
            list.deleteSelected();
            assertThat(database.donors().list()).isEmpty();
        }
    }
}
