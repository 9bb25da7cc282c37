package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.domain.donor.DonorDraft;
import org.octopusdesk.domain.donor.DonorKind;
import org.octopusdesk.persistence.TestDatabase;

/** Issue 9, finding 7: the smaller refusals say what is wrong, where, and briefly; none names a Java class. */
class SmallRefusalsTest {

    private static final String HEADER = "record,reference,donor,date,amount,currency,project,share_percent,bank_eur\n";

    @TempDir
    Path folder;
    private final TestCommandLine commandLine = new TestCommandLine();
    private final StringWriter out = commandLine.out;
    private final StringWriter err = commandLine.err;

    @BeforeEach
    void aDonor() {
        try (TestDatabase database = new TestDatabase(folder)) {
            database.donors().create(new DonorDraft("Canada", DonorKind.STATE_PARTY, "Canada", ""));
        }
    }

    private int run(String... args) {
        return commandLine.runIn(folder, args);
    }

    private String importing(String content) throws Exception {
        Path file = Files.writeString(folder.resolve("in.csv"), content);
        err.getBuffer().setLength(0);
        assertThat(run("contributions", "import", file.toString())).isEqualTo(1);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("SQL");
        return err.toString();
    }

    @Test
    void convertRefusesANegativeOrZeroAmountLikeImports() {
        assertThat(run("convert", "-5", "USD", "2020-10-19")).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Enter an amount above zero.");
        assertThat(run("convert", "0", "USD", "2020-10-19")).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anImpossibleDateIsSaidPlainlyForEveryCommand() {
        assertThat(run("rates", "show", "USD", "2020-02-30")).isEqualTo(2);
        assertThat(err.toString()).contains("Not a date: 2020-02-30 (write YYYY-MM-DD)")
                .doesNotContain("java.time").doesNotContain("Exception");

        err.getBuffer().setLength(0);
        assertThat(run("convert", "5", "USD", "19/10/2020")).isEqualTo(2);
        assertThat(err.toString()).contains("Not a date: 19/10/2020 (write YYYY-MM-DD)");
    }

    @Test
    void anUnterminatedQuoteIsReportedOnItsLine() throws Exception {
        String message = importing(HEADER + "pledge,CA-1,Canada,2020-10-19,250000,CAD,,,\n"
                + "pledge,CA-2,Canada,2020-10-19,250000,CAD,,,\n"
                + "pledge,\"CA-3,Canada,2020-10-19,250000,CAD,,,\n"
                + "pledge,CA-4,Canada,2020-10-19,250000,CAD,,,\n");

        assertThat(message).startsWith("Line 4").doesNotContain("Line 0");
    }

    @Test
    void hugeBankEurosSayTheyCannotBeStoredNotThatTheRateIsZero() throws Exception {
        String implied = importing(HEADER + "pledge,CA-1,Canada,2020-10-19,250000,CAD,,,\n"
                + "payment,CA-1,,2020-10-19,1,CAD,,,999999999999\n");
        assertThat(implied).startsWith("Line 3 bank_eur: These euros cannot go with this amount: they imply about "
                + "0.00000000000100 CAD per euro")
                .doesNotContain("must be more than zero");

        String tooLarge = importing(HEADER + "pledge,CA-1,Canada,2020-10-19,250000,CAD,,,\n"
                + "payment,CA-1,,2020-10-19,100,CAD,,,1" + "0".repeat(40) + "\n");
        assertThat(tooLarge).startsWith("Line 3 bank_eur: Enter an amount below one trillion")
                .doesNotContain("must be more than zero");
    }

    @Test
    void aHugeBadValueIsCutInTheMessage() throws Exception {
        String large = "x".repeat(9_000);

        String message = importing(HEADER + "pledge,CA-1,Canada,2020-10-19," + large + ",CAD,,,\n");

        assertThat(message).startsWith("Line 2 amount:").contains("x".repeat(60) + "…")
                .doesNotContain("x".repeat(61));
        assertThat(message.length()).isLessThan(400);

        String huge = "x".repeat(10 * 1024 * 1024);
        String beyondTheLineLimit = importing(HEADER + "pledge,CA-1,Canada,2020-10-19," + huge + ",CAD,,,\n");
        assertThat(beyondTheLineLimit).as("refused by the line limit, never echoed").startsWith("Line 2: ")
                .doesNotContain("xxx");
        assertThat(beyondTheLineLimit.length()).isLessThan(400);
    }

    @Test
    void anExportToAMissingFolderSaysSo() {
        Path missing = folder.resolve("missing");
        Path file = missing.resolve("out.csv");

        assertThat(run("contributions", "export", file.toString())).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("Cannot write " + file + ": the folder " + missing
                + " does not exist. Create it first, or choose another place.");

        err.getBuffer().setLength(0);
        assertThat(run("spending", "export", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("the folder " + missing + " does not exist");
        assertThat(missing).doesNotExist();
    }

    @Test
    void noCurrencyAndOtherCodesThatAreNoMoneyAreRefused() throws Exception {
        for (String code : new String[] {"XXX", "XTS", "XDR", "XAU"}) {
            String message = importing(HEADER + "pledge,CA-1,Canada,2020-10-19,250000," + code + ",,,\n");
            assertThat(message).as(code).startsWith("Line 2 currency: Unknown currency code “" + code + "”");
        }
        assertThat(run("convert", "5", "XXX", "2020-10-19")).isEqualTo(1);
    }
}
