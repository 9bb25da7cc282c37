package org.octopusdesk.ui.contributions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.domain.project.ProjectDraft;
import org.octopusdesk.domain.project.ProjectStatus;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The pledge form lists each edition under its project, and an earmark to one is saved and read back. */
class EditionEarmarkEditorTest {

    @TempDir
    Path folder;
    private TestDatabase database;
    private final Messages messages = Messages.forLanguage("en");

    @BeforeEach
    void open() {
        database = TestDatabase.withRates(folder.resolve("db"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anEarmarkNamesTheEditionChosenUnderItsProject() {
        Project octopus = database.projects().create(new ProjectDraft("OCTOPUS", "Octopus Project",
                LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), ProjectStatus.RUNNING, null, "", List.of(),
                null));
        Conference bucharest = database.conferences().create(new ConferenceDraft(2023, "Octopus Conference 2023",
                LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), MeetingFormat.IN_PERSON, "", "Bucharest",
                octopus.id(), ConferenceStatus.HELD, ""));
        database.donors().create(new DonorDraft("Japan", DonorKind.STATE_PARTY, "Japan", ""));
        var errors = new ErrorReporter(new ScriptedDialogs(), messages, folder.resolve("log"));
        ContributionEditorViewModel editor = new ContributionEditorViewModel(database.contributions(),
                new SameThreadRunner(), errors, messages, null, database.donors().list(), database.projects().list(),
                database.contributions().earmarkEditions());

        assertThat(editor.targetChoices()).extracting(EarmarkTarget::label).containsExactly(
                "OCTOPUS – Octopus Project", "OCTOPUS – Octopus Project › Octopus Conference 2023");
        editor.donorProperty().set(database.donors().list().get(0));
        editor.referenceProperty().set("JP-2023");
        editor.agreementDateProperty().set(LocalDate.of(2023, 6, 1));
        editor.amountProperty().set("50,000");
        AllocationRow row = editor.addAllocation();
        EarmarkTarget edition = editor.targetChoices().get(1);
        row.projectProperty().set(edition.project());
        row.editionProperty().set(edition.edition());
        List<Contribution> saved = new ArrayList<>();
        editor.save(saved::add);

        assertThat(saved).singleElement().satisfies(pledge -> assertThat(pledge.allocations()).singleElement()
                .satisfies(allocation -> assertThat(allocation.edition()).isEqualTo(bucharest.id())));
        ContributionEditorViewModel reopened = new ContributionEditorViewModel(database.contributions(),
                new SameThreadRunner(), errors, messages, saved.get(0), database.donors().list(),
                database.projects().list(), database.contributions().earmarkEditions());
        assertThat(reopened.allocations().get(0).editionProperty().get().id()).isEqualTo(bucharest.id());
    }
}
