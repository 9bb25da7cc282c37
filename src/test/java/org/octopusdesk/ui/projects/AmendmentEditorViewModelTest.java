package org.octopusdesk.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.project.Amendment;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

class AmendmentEditorViewModelTest {

    @TempDir
    Path folder;

    @Test
    void recordsAnExtensionAndRefusesAnIncompleteOne() {
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            database.sampleData().load();
            Project octopus = database.projects().list().get(1);
            Messages messages = Messages.forLanguage("en");
            ScriptedDialogs dialogs = new ScriptedDialogs();
            AmendmentEditorViewModel editor = new AmendmentEditorViewModel(database.projects(), new SameThreadRunner(),
                    new ErrorReporter(dialogs, messages, folder.resolve("log")), messages, octopus);
            List<Amendment> saved = new ArrayList<>();

            assertThat(editor.decidedOnProperty().get()).isEqualTo(TestDatabase.TODAY);
            editor.save(saved::add);
            assertThat(saved).isEmpty();
            assertThat(editor.fieldErrors().of("newEnd").get()).isEqualTo("Required.");
            assertThat(editor.fieldErrors().of("reason").get()).isEqualTo("Required.");

            editor.newEndProperty().set(LocalDate.of(2027, 12, 31));
            editor.reasonProperty().set("Extension agreed with the donors");
            editor.save(saved::add);

            assertThat(saved).singleElement().satisfies(amendment -> {
                assertThat(amendment.oldEnd()).isEqualTo(LocalDate.of(2024, 12, 31));
                assertThat(amendment.newEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
            });
            assertThat(database.projects().get(octopus.id()).currentEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
        }
    }
}
