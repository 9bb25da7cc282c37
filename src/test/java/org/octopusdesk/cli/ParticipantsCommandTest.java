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

class ParticipantsCommandTest {

    @TempDir
    Path folder;
    private final TestCommandLine cli = new TestCommandLine();

    @Test
    void importsAFileOrRefusesItLineByLine() throws Exception {
        Path data = folder.resolve("data");
        try (TestDatabase database = new TestDatabase(data)) {
            database.conferences().create(new ConferenceDraft(2023, "Octopus Conference 2023",
                    LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), MeetingFormat.IN_PERSON, "",
                    "Bucharest, Romania", null, ConferenceStatus.HELD, ""));
        }
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "name,organisation,country,sector,email\nAna Lee,Univ,Atlantis,academia,\n");
        Path good = folder.resolve("good.csv");
        Files.writeString(good, "country,name,email,sector,organisation\nRoumanie,Ioana Popescu,,government,"
                + "Ministerul Justiției\nMX,Sofía Núñez,sofia@example.org,civil society,ONG\n");

        assertThat(cli.runIn(data, "participants", "import", "--conference", "2023", bad.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Line 2 country: Unknown country: “Atlantis”");
        assertThat(cli.runIn(data, "participants", "import", "--conference", "2023", good.toString())).isZero();
        assertThat(cli.out.toString()).contains("2 participants imported into the 2023 edition.");
        assertThat(cli.runIn(data, "participants", "import", "--conference", "1999", good.toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("There is no conference edition of 1999.");
    }

    @Test
    void exportsAPersonAndErasesThemOnlyWithYes() throws Exception {
        Path data = folder.resolve("data");
        try (TestDatabase database = new TestDatabase(data)) {
            database.conferences().create(new ConferenceDraft(2023, "Octopus Conference 2023",
                    LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), MeetingFormat.IN_PERSON, "",
                    "Bucharest, Romania", null, ConferenceStatus.HELD, ""));
            database.conferences().participants().importText(2023, "name,organisation,country,sector,email\n"
                    + "José Pérez,Fiscalía,ES,criminal justice,jose@example.org\n"
                    + "Ana Lee,University,PH,academia,ana@example.org\n", "list.csv");
        }
        Path out = folder.resolve("jose.json");

        assertThat(cli.runIn(data, "participants", "export", "--conference", "2023", "--email",
                "JOSE@example.org", "--out", out.toString())).isZero();
        assertThat(Files.readString(out)).contains("José Pérez", "Fiscalía").doesNotContain("Ana Lee");
        assertThat(cli.out.toString()).contains("1 registration of JOSE@example.org written to");

        assertThat(cli.runIn(data, "participants", "erase", "--conference", "2023", "--email",
                "jose@example.org")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Would erase the personal details", "of 1 registration in the "
                + "2023 edition: José Pérez", "Run again with --yes");
        assertThat(cli.runIn(data, "participants", "erase", "--conference", "2023", "--email",
                "nobody@example.org", "--yes")).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Nobody is registered with the e-mail address “nobody@example.org” "
                + "in the 2023 edition. Nothing was changed.");
        try (TestDatabase database = new TestDatabase(data)) {
            assertThat(database.conferences().participants().list(database.conferences().ofYear(2023).id()))
                    .extracting(one -> one.name()).containsExactlyInAnyOrder("José Pérez", "Ana Lee");
        }

        assertThat(cli.runIn(data, "participants", "erase", "--conference", "2023", "--email",
                "jose@example.org", "--yes")).isZero();
        assertThat(cli.out.toString()).contains("Erased the personal details of 1 registration in the 2023 "
                + "edition; the counts are unchanged.");
        try (TestDatabase database = new TestDatabase(data)) {
            var edition = database.conferences().ofYear(2023).id();
            assertThat(database.conferences().participants().list(edition)).extracting(one -> one.name())
                    .containsExactlyInAnyOrder("", "Ana Lee");
            assertThat(database.conferences().participants().counts(edition).countries()).isEqualTo(2);
        }
    }

    @Test
    void purgeShowsThePreviewWithoutYesAndPurgesWithIt() throws Exception {
        Path data = folder.resolve("data");
        try (TestDatabase database = new TestDatabase(data)) {
            database.conferences().create(new ConferenceDraft(2023, "Octopus Conference 2023",
                    LocalDate.of(2023, 12, 13), LocalDate.of(2023, 12, 15), MeetingFormat.IN_PERSON, "",
                    "Bucharest, Romania", null, ConferenceStatus.HELD, "", 12));
            database.conferences().participants().importText(2023, "name,organisation,country,sector,email\n"
                    + "José Pérez,Fiscalía,ES,criminal justice,jose@example.org\n"
                    + "Ana Lee,University,PH,academia,ana@example.org\n", "list.csv");
        }

        assertThat(cli.runIn(data, "participants", "purge", "--as-of", "2024-12-15")).isZero();
        assertThat(cli.out.toString()).contains("nothing to purge");
        assertThat(cli.runIn(data, "participants", "purge", "--as-of", "2024-12-16")).isZero();
        assertThat(cli.out.toString()).contains("2023: 2 participants would lose their personal details (kept 12 "
                + "months, period over since 2024-12-16).", "Run again with --yes to purge.");
        try (TestDatabase database = new TestDatabase(data)) {
            assertThat(database.conferences().participants().list(database.conferences().ofYear(2023).id()))
                    .noneMatch(one -> one.erased());
        }
        assertThat(cli.runIn(data, "participants", "purge", "--yes")).isZero();
        assertThat(cli.out.toString()).contains("2023: the personal details of 2 participants were purged",
                "2 participants purged in all; the counts are unchanged.");
        try (TestDatabase database = new TestDatabase(data)) {
            var edition = database.conferences().ofYear(2023).id();
            assertThat(database.conferences().participants().list(edition)).allMatch(one -> one.erased());
            assertThat(database.conferences().participants().counts(edition).participants()).isEqualTo(2);
        }
    }
}
