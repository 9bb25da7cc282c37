package org.octopusdesk.service.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.ChildJvm;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ContributionFiles;
import org.octopusdesk.service.contributions.ContributionImportException;

/** CSV files past a limit are refused while they are read, with the line, and never fill the memory. */
class BoundedCsvTest {

    private static final String HEADER = "record,reference,donor,date,amount,currency,project,share_percent,notes\n";
    private static final Duration WATCHDOG = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    private static CsvRefusedException refusal(String text) {
        try {
            CsvSheet.parse(text);
        } catch (CsvRefusedException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aLineLongerThanTheLimitIsRefusedOnItsLine() {
        String text = "\uFEFF" + HEADER + "\npledge,A,Japan,2021-03-01,5,EUR,,,x\n" + "y".repeat(100_001) + "\n";

        CsvRefusedException refused = refusal(text);

        assertThat(refused.line()).isEqualTo(4);
        assertThat(refused.messageKey()).isEqualTo("error.csv.lineTooLong");
        assertThat(refused.arguments()).containsExactly(CsvSheet.MAX_LINE_LENGTH);
    }

    @Test
    void aFieldLongerThanTheLimitIsRefusedWithItsLineAndColumn() {
        String text = HEADER + "pledge,A,Japan,2021-03-01,5,EUR,,,\"" + "n\n".repeat(5_001) + "\"\n";

        CsvRefusedException refused = refusal(text);

        assertThat(refused.line()).isEqualTo(2);
        assertThat(refused.column()).isEqualTo("notes");
        assertThat(refused.messageKey()).isEqualTo("error.csv.fieldTooLong");
        assertThat(CsvSheet.parse(HEADER + "pledge,A,Japan,2021-03-01,5,EUR,,," + "n".repeat(10_000)).rows())
                .hasSize(1);
    }

    @Test
    void moreLinesThanTheLimitAreRefusedOnTheFirstOneTooMany() {
        String text = HEADER + "\n".repeat(CsvSheet.MAX_LINES - 1);
        assertThat(CsvSheet.parse(text).rows()).isEmpty();

        CsvRefusedException refused = refusal(text + "\n");

        assertThat(refused.line()).isEqualTo(CsvSheet.MAX_LINES + 1);
        assertThat(refused.messageKey()).isEqualTo("error.csv.tooManyLines");
    }

    @Test
    void recordsKeepTheirLinesAcrossBlankLinesQuotedBreaksAndAByteOrderMark() {
        CsvSheet sheet = CsvSheet.parse("\uFEFF" + HEADER + "pledge,A,Japan,2021-03-01,5,EUR,,,\"a\nb\"\n"
                + "pledge,B,Japan,2021-03-01,5,EUR,,,\n\n\r\npledge,C,Japan,2021-03-01,5,EUR,,,");

        assertThat(sheet.rows()).extracting(sheet::line).containsExactly(2, 4, 7);
    }

    /** Imports {@code file} in a child JVM under a heap of 256 MB; its one line of output and how long it took. */
    private String importInChild(Path file) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process child = ChildJvm.start("256m", CsvImportMain.class, folder.resolve("data").toString(),
                file.toString());
        ChildJvm.killAfter(child, WATCHDOG);
        try (BufferedReader output = ChildJvm.output(child)) {
            String line = output.readLine();
            assertThat(child.waitFor(WATCHDOG.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(child.exitValue()).as("exit code, " + line).isZero();
            // Opening a new data folder takes most of it; reading is a fraction of a second.
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            return line;
        }
    }

    @Test
    void aSixtyMegabyteFileIsRefusedWhereItPassesTheLimitUnderAHeapOf256Megabytes() throws Exception {
        Path file = folder.resolve("huge.csv");
        String notes = "n".repeat(5_000);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            for (int i = 1; i <= 12_000; i++) {
                out.write("pledge,R-" + i + ",Japan,2021-03-01,1000.01,EUR,,," + notes + "\n");
            }
        }
        assertThat(Files.size(file)).isGreaterThan(60_000_000L);

        long lineAtLimit = CsvSheet.MAX_CHARACTERS / ("pledge,R-1000,Japan,2021-03-01,1000.01,EUR,,,\n".length()
                + notes.length()) + 2;
        assertThat(importInChild(file)).matches("refused \\d+ error.csv.tooLarge")
                .satisfies(line -> assertThat(Long.parseLong(line.split(" ")[1])).isBetween(lineAtLimit - 20,
                        lineAtLimit + 20));
    }

    @Test
    void devZeroIsRefusedOnItsFirstLine() throws Exception {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(zero));

        assertThat(importInChild(zero)).isEqualTo("refused 1 error.csv.lineTooLong");
    }

    @Test
    void aFileThatIsNotUtf8IsStillRefusedAsSuch() throws IOException {
        Path latin1 = Files.write(folder.resolve("latin1.csv"),
                (HEADER + "pledge,A,Canadá,2020-10-19,5,EUR,,,\n").getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> CsvSheet.read(latin1))
                .hasFieldOrPropertyWithValue("messageKey", "error.contributionImport.notUtf8")
                .hasFieldOrPropertyWithValue("line", 2);
        // Past the reader's first chunks, the line is still the one with the byte: the reader decodes ahead.
        StringBuilder long8 = new StringBuilder(HEADER);
        for (int i = 0; i < 5000; i++) {
            long8.append("pledge,A").append(i).append(",Canada,2020-10-19,5,EUR,,,\n");
        }
        byte[] good = long8.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = "pledge,B,Canad\u00e1,2020-10-19,5,EUR,,,\n".getBytes(StandardCharsets.ISO_8859_1);
        Path late = folder.resolve("late.csv");
        Files.write(late, good);
        Files.write(late, bad, java.nio.file.StandardOpenOption.APPEND);

        assertThatThrownBy(() -> CsvSheet.read(late)).hasFieldOrPropertyWithValue("line", 5002);
        assertThatThrownBy(() -> CsvSheet.read(folder)).hasFieldOrPropertyWithValue("messageKey", "error.file.folder");
        assertThatThrownBy(() -> CsvSheet.read(folder.resolve("none.csv")))
                .hasFieldOrPropertyWithValue("messageKey", "error.file.missing");
    }

    @Test
    void anAmountWithMoreDigitsThanItsColumnHoldsIsRefusedOnItsLine() {
        String header = "record,reference,donor,date,amount,currency,project,share_percent\n";
        try (TestDatabase database = TestDatabase.withRates(folder.resolve("db"))) {
            database.donors().create(new org.octopusdesk.domain.donor.DonorDraft("Japan",
                    org.octopusdesk.domain.donor.DonorKind.STATE_PARTY, "Japan", ""));
            ContributionFiles files = database.contributionFiles();

            assertThatThrownBy(() -> files.importText(header + "pledge,A,Japan,2021-03-01,5,EUR,,\n"
                    + "pledge,B,Japan,2021-03-01," + "9".repeat(9_000) + ",EUR,,\n", false))
                    .isInstanceOfSatisfying(ContributionImportException.class, refused -> assertThat(
                            refused.report().errors()).anySatisfy(problem -> {
                                assertThat(problem.line()).isEqualTo(3);
                                assertThat(problem.messageKey()).isEqualTo("validation.amount.tooLarge");
                            }));
        }
    }
}
