package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountriesCommandTest {

    @TempDir
    Path folder;
    private final TestCommandLine cli = new TestCommandLine();

    private Path shippedChart() throws IOException {
        Path file = folder.resolve("chart.csv");
        try (InputStream in = getClass().getResourceAsStream("/org/octopusdesk/sample/treaty_chart.csv")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void importsAChartThenPrintsItAsOfADateWithItsCounts() throws IOException {
        Path data = folder.resolve("data");
        assertThat(cli.runIn(data, "treaties", "import", shippedChart().toString())).isZero();
        assertThat(cli.out.toString()).contains("91 chart lines imported.");
        cli.clear();

        assertThat(cli.runIn(data, "countries", "status", "--instrument", "ETS185", "--as-of", "2004-12-31"))
                .isZero();

        String out = cli.out.toString();
        assertThat(out).contains("AL\tAlbania\t2001-11-23\t2002-06-20 ratification\t2004-07-01\t")
                .doesNotContain("Benin")
                .contains("ETS 185 as of 31/12/2004: 5 Parties (5 in force), 17 signatories not yet Parties, "
                        + "0 invited to accede.");
    }

    @Test
    void printsInFrenchAndRefusesABadFileLineByLine() throws IOException {
        Path data = folder.resolve("data");
        Path bad = folder.resolve("bad.csv");
        Files.writeString(bad, "country,instrument,signature_date,ratification_date\nAtlantis,ETS 185,,2004-01-01\n");

        assertThat(cli.runIn(data, "treaties", "import", bad.toString())).isEqualTo(1);
        assertThat(cli.err.toString()).contains("Line 2 country: Unknown country: “Atlantis”");
        cli.clear();

        assertThat(cli.runIn(data, "--lang", "fr", "countries", "status", "--instrument", "CETS 224", "--as-of",
                "2024-06-20")).isZero();
        assertThat(cli.out.toString()).contains("STCE 224 au 20/06/2024 : 0 Parties");
    }

    @Test
    void writesTheTreatyReport() throws IOException {
        Path data = folder.resolve("data");
        assertThat(cli.runIn(data, "treaties", "import", shippedChart().toString())).isZero();
        Path pdf = folder.resolve("cets224.pdf");

        assertThat(cli.runIn(data, "report", "treaty", "--instrument", "CETS224", "--as-of", "2025-01-31",
                "--from", "2022-05-01", "--to", "2022-12-31", "--out", pdf.toString())).isZero();

        String text = org.octopusdesk.report.PdfChecks.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Parties 2", "In force for 0", "Signatories not yet Parties 46",
                "12/05/2022 Austria Signature", "30/11/2022 Ukraine Signature");
        assertThat(cli.runIn(data, "report", "treaty", "--instrument", "ETS 108", "--out", pdf.toString()))
                .isEqualTo(2);
    }
}
