package org.octopusdesk.ui.conferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** A new edition is proposed for a year to come, titled in the reader's language, the title following the year. */
class ConferenceEditorViewModelTest {

    @TempDir
    Path folder;

    private ConferenceEditorViewModel newEdition(TestDatabase database, String language) {
        Messages messages = Messages.forLanguage(language);
        ScriptedDialogs dialogs = new ScriptedDialogs();
        return new ConferenceEditorViewModel(database.conferences(), new SameThreadRunner(),
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages, null);
    }

    @Test
    void theYearAfterTheLatestButNeverOneAlreadyPast() throws Exception {
        try (TestDatabase database = new TestDatabase(folder.resolve("data"))) {
            ConferenceEditorViewModel afterAGap = newEdition(database, "en");
            afterAGap.proposeNew(OptionalInt.of(2023), 2026);
            assertThat(afterAGap.yearProperty().get()).isEqualTo("2026");
            assertThat(afterAGap.titleProperty().get()).isEqualTo("Octopus Conference 2026");

            ConferenceEditorViewModel next = newEdition(database, "fr");
            next.proposeNew(OptionalInt.of(2026), 2026);
            assertThat(next.yearProperty().get()).isEqualTo("2027");
            assertThat(next.titleProperty().get()).isEqualTo("Conférence Octopus 2027");

            ConferenceEditorViewModel first = newEdition(database, "en");
            first.proposeNew(OptionalInt.empty(), 2026);
            assertThat(first.yearProperty().get()).isEqualTo("2026");
        }
    }

    @Test
    void theProposedTitleFollowsTheYearUntilThePersonWritesTheirOwn() throws Exception {
        try (TestDatabase database = new TestDatabase(folder.resolve("data"))) {
            ConferenceEditorViewModel editor = newEdition(database, "en");
            editor.proposeNew(OptionalInt.of(2023), 2026);

            editor.yearProperty().set("2027");
            assertThat(editor.titleProperty().get()).isEqualTo("Octopus Conference 2027");

            String own = "Octopus Conference 2027: ten years of capacity building";
            editor.titleProperty().set(own);
            editor.yearProperty().set("2028");
            assertThat(editor.titleProperty().get()).isEqualTo(own);
        }
    }
}
