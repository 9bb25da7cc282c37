package org.octopusdesk.ui.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.project.AmendmentDraft;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The project form without the toolkit, on real services. */
class ProjectEditorViewModelTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Project> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        database = new TestDatabase(folder);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ProjectEditorViewModel editor(String language, Project original, boolean amended) {
        Messages messages = Messages.forLanguage(language);
        return new ProjectEditorViewModel(database.projects(), new SameThreadRunner(),
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages, original, amended,
                database.projects().list());
    }

    private static void fill(ProjectEditorViewModel editor) {
        editor.codeProperty().set("OCT");
        editor.nameProperty().set("Octopus Project");
        editor.startProperty().set(LocalDate.of(2021, 1, 1));
        editor.endProperty().set(LocalDate.of(2024, 12, 31));
        editor.statusProperty().set(ProjectStatus.RUNNING);
    }

    @Test
    void anEmptyFormShowsEachProblemBesideItsFieldAndSavesNothing() {
        ProjectEditorViewModel editor = editor("en", null, false);

        editor.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(editor.fieldErrors().of("code").get()).isEqualTo("Required.");
        assertThat(editor.fieldErrors().of("name").get()).isEqualTo("Required.");
        assertThat(editor.fieldErrors().of("start").get()).isEqualTo("Required.");
        assertThat(editor.fieldErrors().of("end").get()).isEqualTo("Required.");
        assertThat(editor.fieldErrors().of("budget").get()).isEmpty();
        assertThat(database.projects().isEmpty()).isTrue();
    }

    @Test
    void aSaveThatCameSecondNamesWhoSavedFirstBesideTheFormAndKeepsWhatWasTyped() {
        ProjectEditorViewModel creating = editor("en", null, false);
        fill(creating);
        creating.save(saved::add);
        Project opened = saved.get(0);
        ProjectEditorViewModel editing = editor("en", opened, false);
        editing.descriptionProperty().set("Typed while Anna saved");
        java.time.Clock annasClock = java.time.Clock.fixed(java.time.Instant.parse("2026-11-28T10:42:00Z"),
                java.time.ZoneOffset.UTC);
        try (TestDatabase anna = TestDatabase.secondWorkstation(database, folder.resolve("anna"), "anna",
                annasClock)) {
            anna.projects().update(opened.id(), opened.version(), new org.octopusdesk.domain.project.ProjectDraft(
                    "OCT", "Octopus", opened.start(), opened.currentEnd(), ProjectStatus.RUNNING, null, "", List.of(),
                    null));
        }

        editing.save(saved::add);

        assertThat(saved).hasSize(1);
        assertThat(dialogs.errors()).isEmpty();
        assertThat(editing.fieldErrors().of("name").get()).startsWith("anna changed “Octopus” at 10:42 today.");
        assertThat(editing.descriptionProperty().get()).isEqualTo("Typed while Anna saved");
    }

    @Test
    void messagesClearAsTheFieldsAreCorrected() {
        ProjectEditorViewModel editor = editor("en", null, false);
        editor.save(saved::add);

        editor.codeProperty().set("OCT");

        assertThat(editor.fieldErrors().of("code").get()).isEmpty();
        assertThat(editor.fieldErrors().of("name").get()).isEqualTo("Required.");
    }

    @Test
    void savesAValidProjectWithItsResultsAndBudget() {
        ProjectEditorViewModel editor = editor("fr", null, false);
        fill(editor);
        editor.budgetProperty().set("1 250 000,50");
        editor.expectedResults().setAll("Conférences Octopus", "Fonctionnement du T-CY");

        editor.save(saved::add);

        assertThat(saved).singleElement().satisfies(project -> {
            assertThat(project.budgetEur()).isEqualByComparingTo(new BigDecimal("1250000.50"));
            assertThat(project.expectedResults()).containsExactly("Conférences Octopus", "Fonctionnement du T-CY");
        });
        assertThat(database.projects().list()).hasSize(1);
    }

    @Test
    void textInTheBudgetIsRefusedBesideIt() {
        ProjectEditorViewModel editor = editor("en", null, false);
        fill(editor);
        editor.budgetProperty().set("about a million");

        editor.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(editor.fieldErrors().of("budget").get()).startsWith("Not a number");
    }

    @Test
    void anEndBeforeTheStartIsRefusedBesideTheEnd() {
        ProjectEditorViewModel editor = editor("fr", null, false);
        fill(editor);
        editor.endProperty().set(LocalDate.of(2020, 12, 31));

        editor.save(saved::add);

        assertThat(editor.fieldErrors().of("end").get()).isEqualTo("La fin ne peut pas précéder le début.");
    }

    @Test
    void aTakenCodeComesBackFromTheServiceBesideTheCodeAndKeepsTheForm() {
        ProjectEditorViewModel first = editor("en", null, false);
        fill(first);
        first.save(saved::add);
        ProjectEditorViewModel second = editor("en", null, false);
        fill(second);
        second.nameProperty().set("Another name");

        second.save(saved::add);

        assertThat(saved).hasSize(1);
        assertThat(second.fieldErrors().of("code").get()).isEqualTo("Another project already has the code “OCT”.");
        assertThat(second.nameProperty().get()).isEqualTo("Another name");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void editingStartsFromTheStoredValuesAndOffersOtherProjectsAsPredecessors() {
        ProjectEditorViewModel creator = editor("en", null, false);
        fill(creator);
        creator.budgetProperty().set("1250000.5");
        creator.save(saved::add);
        Project stored = saved.get(0);

        ProjectEditorViewModel editor = editor("en", stored, false);

        assertThat(editor.isNew()).isFalse();
        assertThat(editor.codeProperty().get()).isEqualTo("OCT");
        assertThat(editor.budgetProperty().get()).isEqualTo("1,250,000.50");
        assertThat(editor.predecessorChoices()).isEmpty();
        editor.nameProperty().set("Octopus Project (renamed)");
        editor.save(saved::add);
        assertThat(saved.get(1).name()).isEqualTo("Octopus Project (renamed)");
    }

    @Test
    void aStaleEditIsRefusedWithAClearMessageAndTheOtherSaveIsKept() {
        ProjectEditorViewModel creator = editor("en", null, false);
        fill(creator);
        creator.save(saved::add);
        Project stored = saved.get(0);
        ProjectEditorViewModel firstWindow = editor("en", stored, false);
        ProjectEditorViewModel secondWindow = editor("en", stored, false);
        firstWindow.nameProperty().set("First window");
        firstWindow.save(saved::add);

        secondWindow.nameProperty().set("Second window");
        secondWindow.save(saved::add);

        assertThat(dialogs.errors()).isEmpty();
        assertThat(secondWindow.fieldErrors().of("name").get())
                .startsWith("assistant changed “First window” at 10:00 today. Your changes were not saved");
        assertThat(database.projects().get(stored.id()).name()).isEqualTo("First window");
    }

    @Test
    void theEndOfAnAmendedProjectIsNotEditable() {
        ProjectEditorViewModel creator = editor("en", null, false);
        fill(creator);
        creator.save(saved::add);
        database.projects().amend(saved.get(0).id(), 0,
                new AmendmentDraft(LocalDate.of(2025, 12, 31), LocalDate.of(2024, 6, 1), "Extended"));

        ProjectEditorViewModel editor = editor("en", database.projects().get(saved.get(0).id()), true);

        assertThat(editor.isEndEditable()).isFalse();
        assertThat(editor.endProperty().get()).isEqualTo(LocalDate.of(2025, 12, 31));
    }
}
