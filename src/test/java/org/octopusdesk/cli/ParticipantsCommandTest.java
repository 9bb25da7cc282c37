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
        assertThat(cli.out.toString()).contains("2 participant(s) imported into the 2023 edition.");
        assertThat(cli.runIn(data, "participants", "import", "--conference", "1999", good.toString()))
                .isEqualTo(1);
        assertThat(cli.err.toString()).contains("There is no conference edition of 1999.");
    }
}
