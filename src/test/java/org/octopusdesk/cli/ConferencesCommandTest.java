package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.conference.SessionDraft;
import org.octopusdesk.domain.conference.SessionKind;
import org.octopusdesk.domain.conference.SessionPerson;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;
import org.octopusdesk.service.conferences.ConferenceSamples;

class ConferencesCommandTest {

    @TempDir
    Path folder;
    private final TestCommandLine cli = new TestCommandLine();

    @Test
    void listsTheSampleEditionsLatestFirstWithUnknownFactsEmpty() {
        Path data = folder.resolve("data");
        try (TestDatabase database = new TestDatabase(data)) {
            new ConferenceSamples(database.conferences()).load();
        }

        assertThat(cli.runIn(data, "conferences", "list")).isZero();

        List<String> lines = cli.out.toString().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("2023\tOctopus Conference 2023\t2023-12-13\t2023-12-15\tin-person\t"
                + "Bucharest, Romania\theld\t");
        assertThat(lines).contains("2019\tOctopus Conference 2019\t2019-11-20\t2019-11-22\tin-person\t"
                + "Council of Europe, Strasbourg, France\theld\t");
        assertThat(lines.get(8)).isEqualTo("2004\tOctopus Conference 2004\t\t\tnot-recorded\t\theld\t");
    }

    @Test
    void writesTheProgrammeInFrenchWithAccentsAndRefusesAnEmptyOne() throws Exception {
        Path data = folder.resolve("data");
        try (TestDatabase database = new TestDatabase(data)) {
            var edition = database.conferences().create(new ConferenceDraft(2025, "Octopus Conference 2025",
                    LocalDate.of(2025, 11, 19), LocalDate.of(2025, 11, 21), MeetingFormat.IN_PERSON,
                    "Palais de l’Europe", "Strasbourg, France", null, ConferenceStatus.PLANNING, ""));
            database.conferences().create(new ConferenceDraft(2026, "Octopus Conference 2026", null, null,
                    MeetingFormat.NOT_RECORDED, "", "", null, ConferenceStatus.PLANNING, ""));
            database.conferences().programme().add(edition.id(), new SessionDraft(LocalDate.of(2025, 11, 20),
                    LocalTime.of(9, 30), LocalTime.of(11, 0), "Salle 1", "Preuves électroniques",
                    SessionKind.PLENARY, List.of(new SessionPerson(SessionPerson.Role.SPEAKER, "Zoë Ørsted-Šimić",
                            "Politiets Efterretningstjeneste", "DK"))));
        }
        Path pdf = folder.resolve("programme.pdf");

        assertThat(cli.runIn(data, "--lang", "fr", "report", "programme", "--conference", "2025", "--out",
                pdf.toString())).isZero();

        String text = PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Programme de la conférence", "09:30–11:00", "Salle 1", "Preuves électroniques",
                "Plénière", "Intervenant ou intervenante : Zoë Ørsted-Šimić (Politiets Efterretningstjeneste, "
                        + "Danemark)");
        Path empty = folder.resolve("empty.pdf");
        assertThat(cli.runIn(data, "report", "programme", "--conference", "2026", "--out", empty.toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("The programme of Octopus Conference 2026 has no session yet");
        assertThat(Files.exists(empty)).isFalse();
    }

    @Test
    void writesTheConferenceReportOfAnEditionAndRefusesAnUnknownYear() throws Exception {
        Path data = folder.resolve("data");
        try (TestDatabase database = new TestDatabase(data)) {
            new ConferenceSamples(database.conferences()).load();
        }
        Path pdf = folder.resolve("conference.pdf");

        assertThat(cli.runIn(data, "--lang", "fr", "report", "conference", "--conference", "2019", "--out",
                pdf.toString())).isZero();

        assertThat(cli.out.toString()).contains("conference.pdf");
        assertThat(PdfChecks.text(pdf).replaceAll("\\s+", " ")).contains("Rapport de conférence",
                "Octopus Conference 2019", "Aucun participant n’est inscrit à cette édition.");
        Path none = folder.resolve("none.pdf");
        assertThat(cli.runIn(data, "report", "conference", "--conference", "1999", "--out", none.toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("There is no conference edition of 1999.");
        assertThat(Files.exists(none)).isFalse();
    }
}
