package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.conference.ConferenceDraft;
import org.octopusdesk.domain.conference.ConferenceStatus;
import org.octopusdesk.domain.meeting.MeetingFormat;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;

class BadgesCommandTest {

    @TempDir
    Path folder;
    private final TestCommandLine cli = new TestCommandLine();

    @Test
    void printsTheKeptParticipantsWithCountriesInTheLanguageAndRefusesAnEmptyEdition() throws Exception {
        Path data = folder.resolve("data");
        try (TestDatabase database = new TestDatabase(data)) {
            for (int year : new int[] {2023, 2025}) {
                database.conferences().create(new ConferenceDraft(year, "Octopus Conference " + year,
                        LocalDate.of(year, 11, 13), LocalDate.of(year, 11, 15), MeetingFormat.IN_PERSON, "",
                        "Strasbourg", null, ConferenceStatus.HELD, ""));
            }
            database.conferences().participants().importText(2025, "name,organisation,country,sector,email\n"
                    + "José Pérez,Fiscalía,ES,criminal justice,jose@example.org\n"
                    + "Zoë Ñúñez,Policía,MX,criminal justice,zoe@example.org\n"
                    + "Gone Person,Somewhere,DE,academia,gone@example.org\n", "list.csv");
            database.conferences().privacy().erase(2025, "gone@example.org");
        }
        Path empty = folder.resolve("empty.pdf");
        Path badges = folder.resolve("badges.pdf");

        assertThat(cli.runIn(data, "badges", "--conference", "2023", "--out", empty.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("The 2023 edition has no participant to print a badge for");
        assertThat(empty).doesNotExist();
        assertThat(Files.list(folder)).noneMatch(file -> file.getFileName().toString().endsWith(".part"));

        assertThat(cli.runIn(data, "badges", "--conference", "2025", "--out", badges.toString(), "--lang", "fr"))
                .isZero();
        assertThat(cli.out.toString()).contains("(1 page)");
        assertThat(PdfChecks.text(badges)).contains("José Pérez", "Zoë Ñúñez", "Espagne", "Mexique", "Fiscalía")
                .doesNotContain("Gone", "Allemagne");
    }
}
