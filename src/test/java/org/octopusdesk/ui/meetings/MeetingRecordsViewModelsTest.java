package org.octopusdesk.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.meeting.Delegation;
import org.octopusdesk.domain.meeting.Meeting;
import org.octopusdesk.domain.meeting.MeetingDocument;
import org.octopusdesk.domain.meeting.MeetingDraft;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The view-models of a meeting's documents and attendance, without the toolkit, in French. */
class MeetingRecordsViewModelsTest {

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    @Test
    void theSymbolFollowsTheDateUntilTypedAndAGoneCopyIsSaidWhenOpened() throws Exception {
        try (TestDatabase database = new TestDatabase(folder)) {
            Messages messages = Messages.forLanguage("fr");
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ErrorReporter errors = new ErrorReporter(dialogs, messages, folder.resolve("log"));
            Meeting meeting = plenary(database);
            DocumentEditorViewModel editor = new DocumentEditorViewModel(database.meetingDocuments(),
                    new SameThreadRunner(), errors, messages, meeting, null);
            assertThat(editor.symbolProperty().get()).isEqualTo("T-CY(2025)1");
            editor.dateProperty().set(LocalDate.of(2026, 1, 5));
            assertThat(editor.symbolProperty().get()).isEqualTo("T-CY(2026)1");
            editor.symbolProperty().set("T-CY(2025)7");
            editor.dateProperty().set(LocalDate.of(2025, 12, 1));
            assertThat(editor.symbolProperty().get()).isEqualTo("T-CY(2025)7");

            List<MeetingDocument> saved = new ArrayList<>();
            editor.fileProperty().set(elsewhere.resolve("missing.pdf").toString());
            editor.save(saved::add);
            assertThat(editor.fieldErrors().of("titleEn").get()).isEqualTo("Obligatoire.");
            editor.titleEnProperty().set("Agenda");
            editor.save(saved::add);
            assertThat(saved).isEmpty();
            assertThat(editor.fieldErrors().of("file").get()).startsWith("Aucun fichier à l’emplacement");
            Path file = Files.writeString(elsewhere.resolve("agenda.pdf"), "x");
            editor.fileProperty().set(file.toString());
            editor.save(saved::add);
            assertThat(saved).singleElement().satisfies(document -> assertThat(document.hasFile()).isTrue());

            List<Path> opened = new ArrayList<>();
            DocumentsViewModel documents = new DocumentsViewModel(database.meetingDocuments(), new SameThreadRunner(),
                    dialogs, errors, messages, opened::add);
            documents.meetingProperty().set(meeting);
            documents.selectedProperty().set(documents.documents().get(0));
            documents.openSelected();
            assertThat(opened).singleElement().satisfies(path -> assertThat(Files.readString(path)).isEqualTo("x"));
            Files.delete(opened.get(0));
            documents.openSelected();
            assertThat(opened).hasSize(1);
            assertThat(dialogs.errors()).singleElement().satisfies(shown -> assertThat(shown.message())
                    .startsWith("La copie de T-CY(2025)7 n’est plus dans le dossier de données"));
        }
    }

    @Test
    void aCountrysStatusShowsWhenPickedAndTheHeadcountAfterSaving() {
        try (TestDatabase database = new TestDatabase(folder)) {
            Messages messages = Messages.forLanguage("fr");
            ScriptedDialogs dialogs = new ScriptedDialogs();
            ErrorReporter errors = new ErrorReporter(dialogs, messages, folder.resolve("log"));
            Meeting meeting = plenary(database);
            AttendanceViewModel attendance = new AttendanceViewModel(database.attendance(), database.countries(),
                    new SameThreadRunner(), dialogs, errors, messages);
            attendance.meetingProperty().set(meeting);
            assertThat(attendance.headcountProperty().get()).isEqualTo("La participation n’est pas enregistrée.");

            DelegationEditorViewModel editor = new DelegationEditorViewModel(database.attendance(),
                    database.countries(), new SameThreadRunner(), errors, messages, meeting, null);
            assertThat(editor.countries().get(0).nameFr()).isEqualTo("Afghanistan");
            editor.countryProperty().set(database.countries().find("CH").orElseThrow());
            assertThat(editor.statusProperty().get()).isEqualTo("Statut au T-CY le 02/06/2025 : Aucun statut");
            editor.personsProperty().set("deux");
            List<Delegation> saved = new ArrayList<>();
            editor.save(saved::add);
            assertThat(editor.fieldErrors().of("persons").get()).isEqualTo("Un nombre de 1 à 999.");
            editor.personsProperty().set("2");
            editor.delegatesProperty().set("Anna Muster, cheffe de délégation");
            editor.save(saved::add);
            assertThat(saved).singleElement().satisfies(delegation -> assertThat(delegation.delegates()).hasSize(1));

            DelegationEditorViewModel twice = new DelegationEditorViewModel(database.attendance(),
                    database.countries(), new SameThreadRunner(), errors, messages, meeting, null);
            twice.countryProperty().set(database.countries().find("CH").orElseThrow());
            twice.personsProperty().set("1");
            twice.save(saved::add);
            assertThat(twice.fieldErrors().of("country").get())
                    .isEqualTo("Suisse a déjà une délégation à cette réunion.");

            attendance.reload(java.util.Optional.empty());
            assertThat(attendance.headcountProperty().get()).isEqualTo("2 représentants de 1 État.");
            dialogs.answering(true);
            attendance.selectedProperty().set(attendance.delegations().get(0));
            attendance.deleteSelected();
            assertThat(attendance.delegations()).isEmpty();
        }
    }

    private static Meeting plenary(TestDatabase database) {
        var plenary = database.meetings().seriesNamed("Plenary").id();
        return database.meetings().create(new MeetingDraft(plenary, 32, LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 3), MeetingFormat.HYBRID, "", ""));
    }
}
