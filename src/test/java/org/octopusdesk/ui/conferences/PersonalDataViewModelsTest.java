package org.octopusdesk.ui.conferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.conference.Conference;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.conference.Participant;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.i18n.Messages;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.conference.Badges;
import org.octopusdesk.ui.common.ErrorReporter;
import org.octopusdesk.ui.common.SameThreadRunner;
import org.octopusdesk.ui.common.ScriptedDialogs;

/** The participants tab's export, erasure and badges, and the purge dialog's model, without the toolkit. */
class PersonalDataViewModelsTest {

    @TempDir
    Path folder;
    private final Messages messages = Messages.forLanguage("fr");

    private static Conference edition(TestDatabase database) {
        Conference edition = database.conferences().create(new ConferenceDraft(2023, "Octopus Conference 2023",
                LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), MeetingFormat.IN_PERSON, "", "Bucharest",
                null, ConferenceStatus.HELD, ""));
        database.conferences().participants().importText(2023, "name,organisation,country,sector,email\n"
                + "Zoë Ñúñez,Policía,ES,criminal justice,zoe@example.org\n"
                + "Ana Lee,University,PH,academia,ana@example.org\n", "list.csv");
        return edition;
    }

    private ParticipantsViewModel participants(TestDatabase database, ScriptedDialogs dialogs) {
        var service = database.conferences();
        return new ParticipantsViewModel(service.participants(), service.privacy(),
                new Badges(service, database.countries()), new SameThreadRunner(), dialogs,
                new ErrorReporter(dialogs, messages, folder.resolve("log")), messages);
    }

    @Test
    void erasesOnlyAfterTheQuestionNamingWhatGoesAndWhatStaysThenExportsAndPrintsTheRest() throws Exception {
        try (TestDatabase database = new TestDatabase(folder.resolve("data"))) {
            Conference edition = edition(database);
            ScriptedDialogs dialogs = new ScriptedDialogs().answering(false);
            ParticipantsViewModel viewModel = participants(database, dialogs);
            viewModel.conferenceProperty().set(edition);
            Participant zoe = viewModel.participants().stream().filter(one -> one.name().startsWith("Zoë"))
                    .findFirst().orElseThrow();
            viewModel.selectedProperty().set(zoe);
            Path export = folder.resolve("zoe.json");
            viewModel.exportSelectedTo(export);
            assertThat(Files.readString(export)).contains("Zoë Ñúñez", "Pourquoi");

            viewModel.eraseSelected();
            assertThat(dialogs.questions()).last().asString().contains("Zoë Ñúñez", "Espagne",
                    "Ce qui disparaît : nom, organisation", "Ce qui reste");
            assertThat(viewModel.participants()).noneMatch(Participant::erased);

            ScriptedDialogs yes = new ScriptedDialogs().answering(true);
            ParticipantsViewModel confirming = participants(database, yes);
            confirming.conferenceProperty().set(edition);
            confirming.selectedProperty().set(confirming.participants().stream()
                    .filter(one -> one.name().startsWith("Zoë")).findFirst().orElseThrow());
            assertThat(confirming.selectedHasDetails().get()).isTrue();
            confirming.eraseSelected();

            Participant erased = confirming.participants().stream().filter(Participant::erased).findFirst()
                    .orElseThrow();
            assertThat(confirming.shownName(erased)).isEqualTo("(effacé le 28/11/2026)");
            assertThat(confirming.sentence()).isEqualTo(viewModel.sentence());
            assertThat(yes.errors()).isEmpty();
            Path badges = folder.resolve("badges.pdf");
            confirming.writeBadgesTo(badges);
            assertThat(org.octopusdesk.report.PdfChecks.text(badges)).contains("Ana Lee", "Philippines")
                    .doesNotContain("Zoë");
        }
    }

    @Test
    void thePurgePreviewFollowsTheDayAndOnlyAPastDayCanBePurged() throws Exception {
        try (TestDatabase database = new TestDatabase(folder.resolve("data"))) {
            Conference edition = edition(database);
            ScriptedDialogs dialogs = new ScriptedDialogs().answering(true);
            RetentionPurgeViewModel purge = new RetentionPurgeViewModel(database.conferences().retention(),
                    TestDatabase.TODAY, new SameThreadRunner(), dialogs,
                    new ErrorReporter(dialogs, messages, folder.resolve("log")), messages);

            purge.asOfProperty().set(LocalDate.of(2025, 12, 15));
            assertThat(purge.lines()).isEmpty();
            assertThat(purge.canPurge().get()).isFalse();
            assertThat(purge.totalText()).isEqualTo("Rien à purger.");

            purge.asOfProperty().set(TestDatabase.TODAY);
            assertThat(purge.lines()).singleElement().satisfies(line -> assertThat(purge.describe(line))
                    .isEqualTo("2023 – Octopus Conference 2023 : 2 participants (conservées 24 mois, durée écoulée "
                            + "depuis le 16/12/2025)"));
            assertThat(purge.canPurge().get()).isTrue();
            purge.asOfProperty().set(TestDatabase.TODAY.plusDays(1));
            assertThat(purge.canPurge().get()).as("a future day previews but cannot purge").isFalse();

            purge.asOfProperty().set(TestDatabase.TODAY);
            boolean[] done = {false};
            purge.purge(() -> done[0] = true);

            assertThat(done[0]).isTrue();
            assertThat(purge.lines()).isEmpty();
            assertThat(database.conferences().participants().list(edition.id())).allMatch(Participant::erased);
            assertThat(dialogs.errors()).isEmpty();
        }
    }
}
