package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.report.PdfChecks;

/** `report` on the command line, over the sample data: files written whole, errors said plainly. */
class ReportCommandTest {

    @TempDir
    static Path data;

    @TempDir
    Path out;

    private final TestCommandLine commandLine = new TestCommandLine();
    private final StringWriter output = commandLine.out;
    private final StringWriter errors = commandLine.err;

    @BeforeAll
    static void loadSample() {
        try (TestDatabase database = TestDatabase.withRates(data)) {
            database.sampleData().load();
        }
    }

    @BeforeEach
    void clear() {
        output.getBuffer().setLength(0);
        errors.getBuffer().setLength(0);
    }

    private int run(String... args) {
        return commandLine.runIn(data, args);
    }

    @Test
    void writesCanadasReportWithTheFiguresOfTheScreens() throws Exception {
        Path file = out.resolve("canada.pdf");
        assertThat(run("report", "donor", "--donor", "Canada", "--from", "2020-01-01", "--to", "2024-12-31",
                "--out", file.toString())).isZero();

        assertThat(output.toString()).startsWith("Written: " + file).contains("pages)");
        String text = PdfChecks.text(file);
        assertThat(text).contains("CAD 250,000.00", "1.5523", "19/10/2020", "161,051.34", "Page 1 of ");
        assertThat(text).doesNotContain("Illustrative");
        assertThat(errors.toString()).isEmpty();

        Path withNotes = out.resolve("canada-notes.pdf");
        assertThat(run("report", "donor", "--donor", "Canada", "--notes", "--out", withNotes.toString())).isZero();
        assertThat(PdfChecks.text(withNotes)).contains("Illustrative: the value date");
    }

    @Test
    void writesInFrenchWhenAsked() throws Exception {
        Path file = out.resolve("canada-fr.pdf");
        assertThat(run("--lang", "fr", "report", "donor", "--donor", "canada", "--out", file.toString())).isZero();

        assertThat(PdfChecks.text(file)).contains("Rapport donateur", "250\u00a0000,00", "161\u00a0051,34",
                "Page 1 sur ");
    }

    @Test
    void writesAProjectReport() throws Exception {
        Path file = out.resolve("octopus.pdf");
        assertThat(run("report", "project", "--project", "octopus", "--to", "2024-12-31", "--out", file.toString()))
                .isZero();
        assertThat(PdfChecks.text(file)).contains("Project report", "Octopus Project", "Money against time");
        assertThat(run("report", "project", "--project", "OCTO", "--out", file.toString())).isOne();
        assertThat(errors.toString()).contains("Did you mean: OCTOPUS?");
    }

    @Test
    void writesOneFilePerDonorOfAYearNamedAfterIt() throws Exception {
        assertThat(run("report", "donors", "--year", "2023", "--out-dir", out.toString())).isZero();

        assertThat(output.toString().lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("Japan\t" + out.resolve("Japan 2023.pdf")))
                .anySatisfy(line -> assertThat(line).startsWith("United Kingdom (FCDO)\t"
                        + out.resolve("United Kingdom (FCDO) 2023.pdf")));
        assertThat(PdfChecks.text(out.resolve("Japan 2023.pdf"))).contains("JP-2023-1").doesNotContain("JP-2021-1");
    }

    @Test
    void anUnknownDonorIsRefusedWithTheClosestNames() {
        assertThat(run("report", "donor", "--donor", "Japn", "--out", out.resolve("x.pdf").toString())).isOne();

        assertThat(errors.toString()).contains("There is no donor named “Japn”. Did you mean: Japan?")
                .doesNotContain("Exception");
        assertThat(out.toFile().list()).isEmpty();
    }

    @Test
    void aPeriodBackwardsAndAMissingFolderAreRefusedLeavingNothing() {
        assertThat(run("report", "donor", "--from", "2024-01-01", "--to", "2020-01-01", "--out",
                out.resolve("x.pdf").toString())).isOne();
        assertThat(errors.toString()).contains("The period starts on 01/01/2024, after its end on 01/01/2020.");

        errors.getBuffer().setLength(0);
        assertThat(run("report", "donor", "--out", out.resolve("missing/x.pdf").toString())).isOne();
        assertThat(errors.toString()).contains("does not exist");
        assertThat(out.toFile().list()).isEmpty();
        assertThat(Files.exists(out.resolve("missing"))).isFalse();
    }

    @Test
    void aPeriodWithoutContributionsGivesAReportThatSaysSo() throws Exception {
        Path file = out.resolve("empty.pdf");
        assertThat(run("report", "donor", "--from", "2010-01-01", "--to", "2010-12-31", "--out", file.toString()))
                .isZero();
        assertThat(PdfChecks.text(file)).contains("No contributions in this period.");
    }
}
