package org.octopusdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.octopusdesk.persistence.Database;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.Workspace;
import picocli.CommandLine;

/** The command line over real services in a temporary data folder, as a script would use it. */
class CommandLineTest {

    @TempDir
    Path folder;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> windows = new ArrayList<>();

    /** The real services with a fixed today; the window is only recorded. */
    private final Environment environment = new Environment() {
        @Override
        public Workspace open(Path dataFolder) {
            return new TestDatabase(dataFolder).asWorkspace();
        }

        @Override
        public org.octopusdesk.service.transfer.DatabaseCopy databaseCopy() {
            return new org.octopusdesk.persistence.JooqDatabaseCopy();
        }

        @Override
        public Workspace open(Path dataFolder, org.octopusdesk.service.ServerDatabase server) {
            return new TestDatabase(dataFolder, server).asWorkspace();
        }

        @Override
        public int openWindow(Path dataFolder, org.octopusdesk.service.ServerDatabase server, String language,
                boolean loadSample, boolean closeWhenReady) {
            return openWindow(dataFolder, language, loadSample, closeWhenReady);
        }

        @Override
        public int openWindow(Path dataFolder, String language, boolean loadSample, boolean closeWhenReady) {
            windows.add(dataFolder + " " + language + " " + loadSample + (closeWhenReady ? " close-when-ready" : ""));
            return 0;
        }
    };

    private int run(Map<String, String> variables, String... args) {
        CommandLine commandLine = OctopusDeskCommand.commandLine(environment, variables);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void printsTheVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("Octopus Desk ");
    }

    @Test
    void initCreatesOnceAndThenSaysNothingChanged() {
        assertThat(run("--data-dir", folder.toString(), "init", "--sample-data")).isZero();
        assertThat(out.toString()).contains("Created the database in " + folder)
                .contains("Loaded the ECB reference rates shipped with Octopus Desk: 217,555 rates over 6,983 days")
                .contains("Loaded the sample data: 2 projects, 1 amendment, 5 donors, "
                        + "9 contributions with 9 payments, 6 illustrative expenditure lines, "
                        + "91 treaty chart lines, 21 T-CY meetings, 9 Octopus Conference editions.");

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "init", "--sample-data")).isZero();
        assertThat(out.toString())
                .contains("already exists (schema version " + TestDatabase.latestSchemaVersion() + "): nothing changed")
                .contains("The sample data was not loaded");
        try (Database database = Database.open(folder)) {
            assertThat(database.projects().count()).isEqualTo(2);
        }
    }

    @Test
    void listsProjectsAsOfADate() {
        run("--data-dir", folder.toString(), "init", "--sample-data");
        out.getBuffer().setLength(0);

        assertThat(run("--data-dir", folder.toString(), "projects", "list", "--as-of", "2019-06-30")).isZero();

        assertThat(out.toString().lines()).containsExactly(
                "C@O\tCybercrime@Octopus\t2014-01-01\t2020-12-31\t2557\t78.5%\trunning",
                "OCTOPUS\tOctopus Project\t2021-01-01\t2024-12-31\t1461\t0.0%\tnot-started");
    }

    @Test
    void listsImportsAndExportsContributions() throws Exception {
        run("--data-dir", folder.toString(), "init", "--sample-data");
        out.getBuffer().setLength(0);

        assertThat(run("--data-dir", folder.toString(), "contributions", "list", "--project", "c@o")).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "CA-2020-1\t2020-10-19\tCanada\tCAD 250000.00\treceived\tEUR 161051.34\tC@O,OCTOPUS",
                "JP-2020-1\t2020-11-12\tJapan\tEUR 45000.00\treceived\tEUR 45000.00\tC@O");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "contributions", "list", "--donor", "JAPAN", "--year",
                "2021")).isZero();
        assertThat(out.toString().lines()).extracting(line -> line.split("\t")[0])
                .containsExactly("JP-2021-1", "JP-2021-2");

        java.nio.file.Path exported = folder.resolve("japan.csv");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "contributions", "export", exported.toString(), "--donor",
                "Japan")).isZero();
        assertThat(out.toString()).contains("Exported 5 contributions to " + exported);
        assertThat(java.nio.file.Files.readString(exported)).startsWith("record,reference,donor,date,amount");

        java.nio.file.Path bad = folder.resolve("bad.csv");
        java.nio.file.Files.writeString(bad, "record;reference;donor;date;amount;currency\n"
                + "pledge;NL-2;Netherlands (Ministry of Justice and Security);2023-02-30;50000;EUR\n"
                + "payment;JP-2024-1;;2024-03-01;10;EUR\n");
        assertThat(run("--data-dir", folder.toString(), "contributions", "import", bad.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "Line 2 date: Not a date: “2023-02-30” (write YYYY-MM-DD, e.g. 2020-10-19).",
                "Line 3 amount: This payment (EUR 10.00) is more than what the pledge still expects (EUR 0.00).",
                "Nothing was imported: 1 line needs correcting.");

        java.nio.file.Path good = folder.resolve("good.csv");
        java.nio.file.Files.writeString(good, "record,reference,donor,date,amount,currency,project,share_percent\n"
                + "pledge,NL-2,Netherlands (Ministry of Justice and Security),2023-02-28,50000,EUR,,\n"
                + "allocation,NL-2,,,,,OCTOPUS,100\n");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "contributions", "import", good.toString())).isZero();
        assertThat(out.toString()).contains("Imported 1 pledge with 1 earmark and 0 payments.");
    }

    @Test
    void listsImportsAndExportsSpending() throws Exception {
        run("--data-dir", folder.toString(), "init", "--sample-data");
        out.getBuffer().setLength(0);

        assertThat(run("--data-dir", folder.toString(), "spending", "list", "--project", "octopus")).isZero();
        assertThat(out.toString().lines()).extracting(line -> line.substring(0, line.lastIndexOf('\t')))
                .containsExactly(
                        "2021-11-18\tOCTOPUS\tevents\tEUR 48000.00\t\t\tEURO\tEUR 48000.00",
                        "2022-03-10\tOCTOPUS\texperts\tCHF 9500.00\t1.027\t2022-03-10\tECB\tEUR 9250.24",
                        "2023-06-12\tOCTOPUS\ttravel\tUSD 8400.00\t1.0765\t2023-06-12\tECB\tEUR 7803.07",
                        "2023-12-13\tOCTOPUS\tevents\tRON 420000.00\t4.9738\t2023-12-13\tECB\tEUR 84442.48",
                        "2024-06-28\tOCTOPUS\tstaff\tEUR 210000.00\t\t\tEURO\tEUR 210000.00",
                        "2024-10-15\tOCTOPUS\ttravel\tCAD 6000.00\t1.50557061\t2024-10-15\tBANK_ACTUAL\tEUR 3985.20");
        assertThat(out.toString().lines()).allSatisfy(line -> assertThat(line).contains("\tIllustrative: "));
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "spending", "list", "--project", "OCTOPUS", "--category",
                "TRAVEL", "--year", "2023")).isZero();
        assertThat(out.toString().lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("2023-06-12\tOCTOPUS\ttravel\tUSD 8400.00"));
        assertThat(run("--data-dir", folder.toString(), "spending", "list", "--project", "OCTOPUS", "--category",
                "catering")).isEqualTo(1);
        assertThat(err.toString()).contains("Unknown category “catering”");
        err.getBuffer().setLength(0);

        java.nio.file.Path bad = folder.resolve("bad-spending.csv");
        java.nio.file.Files.writeString(bad, "project;date;category;description;amount;currency\n"
                + "OCTOPUS;2024-02-30;staff;Staff;1000;EUR\n"
                + "OCTOPUS;2024-03-01;staff;Staff;1000;EUR\n"
                + "GLACY;2024-03-01;travel;Flights;1000;EUR\n");
        assertThat(run("--data-dir", folder.toString(), "spending", "import", bad.toString())).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "Line 2 date: Not a date: “2024-02-30” (write YYYY-MM-DD, e.g. 2020-10-19).",
                "Line 4 project: No project has the code “GLACY”.",
                "Nothing was imported: 2 lines need correcting.");

        java.nio.file.Path exported = folder.resolve("spending.csv");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "spending", "export", exported.toString(), "--project",
                "OCTOPUS")).isZero();
        assertThat(out.toString()).contains("Exported 6 expenditure lines to " + exported);
        assertThat(java.nio.file.Files.readAllLines(exported)).hasSize(7).first()
                .isEqualTo("project,date,category,description,amount,currency,bank_eur,rate,rate_date,source,eur");

        java.nio.file.Path good = folder.resolve("good-spending.csv");
        java.nio.file.Files.writeString(good, "project,date,category,description,amount,currency\n"
                + "C@O,2020-10-19,events,Octopus Conference 2020,250000,CAD\n");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "spending", "import", good.toString())).isZero();
        assertThat(out.toString()).contains("Imported 1 expenditure line.");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "spending", "list", "--project", "C@O")).isZero();
        assertThat(out.toString()).startsWith(
                "2020-10-19\tC@O\tevents\tCAD 250000.00\t1.5523\t2020-10-19\tECB\tEUR 161051.34\t");
    }

    @Test
    void listsAsOfTodayByDefault() {
        run("--data-dir", folder.toString(), "init", "--sample-data");
        out.getBuffer().setLength(0);

        assertThat(run("--data-dir", folder.toString(), "projects", "list")).isZero();

        assertThat(TestDatabase.TODAY).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(out.toString().lines()).as("both sample projects, ended by that day").hasSize(2)
                .allSatisfy(line -> assertThat(line).endsWith("\t100.0%\tended"));
    }

    @Test
    void theEnvironmentVariableChoosesTheDataFolder() {
        assertThat(run(Map.of(DataFolders.ENVIRONMENT_VARIABLE, folder.toString()), "init")).isZero();

        assertThat(out.toString()).contains(folder.toString());
    }

    @Test
    void wrongUsageExitsWithTwoAndExplains() {
        assertThat(run("--data-dir", folder.toString(), "projects", "list", "--as-of", "2019-13-30")).isEqualTo(2);
        assertThat(err.toString()).contains("Invalid value for option '--as-of'").doesNotContain("\tat ");

        err.getBuffer().setLength(0);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument");

        err.getBuffer().setLength(0);
        assertThat(run("--lang", "de", "--data-dir", folder.toString(), "init")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown language 'de'");
    }

    @Test
    void errorsGoToStandardErrorWithExitCodeOneAndNoStackTrace() {
        try (Database held = Database.open(folder)) {
            assertThat(run("--lang", "fr", "--data-dir", folder.toString(), "projects", "list")).isEqualTo(1);
        }
        assertThat(err.toString()).startsWith("Le dossier de données " + folder + " est déjà ouvert")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void convertsAtTheEcbRateOfTheValueDate() {
        run("--data-dir", folder.toString(), "init");
        out.getBuffer().setLength(0);

        assertThat(run("--data-dir", folder.toString(), "convert", "250000", "CAD", "2020-10-19")).isZero();
        assertThat(out.toString().strip()).isEqualTo("EUR 161051.34\t1.5523\t2020-10-19\tECB");

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "rates", "show", "CAD", "2020-10-18")).isZero();
        assertThat(out.toString().strip()).isEqualTo("EUR 1 = 1.5497 CAD\t2020-10-16\tECB");

        assertThat(run("--data-dir", folder.toString(), "convert", "1000", "RUB", "2022-06-01")).isEqualTo(1);
        assertThat(err.toString()).contains("The ECB published no rate for RUB in the 4 days up to 01/06/2022: "
                + "the last one was published on 01/03/2022.");
        assertThat(run("--data-dir", folder.toString(), "convert", "ten", "CAD", "2020-10-19")).isEqualTo(2);

        // The payment's rule: a manual rate of the gap converts it here as it would convert a payment.
        try (TestDatabase database = new TestDatabase(folder)) {
            database.rates().addManual("RUB", java.time.LocalDate.of(2022, 5, 30), new java.math.BigDecimal("66.5"),
                    "Bank quote", "confirmed");
        }
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "convert", "665", "RUB", "2022-06-01")).isZero();
        assertThat(out.toString().strip()).isEqualTo("EUR 10.00\t66.5\t2022-05-30\tMANUAL");
    }

    @Test
    void refusesAnAmountLargerThanTheColumnHoldsWithoutWritingItOut() {
        run("--data-dir", folder.toString(), "init");
        out.getBuffer().setLength(0);

        for (String huge : List.of("1e10000000", "1e100000000", "12345678901234567", "-1E+999999999")) {
            err.getBuffer().setLength(0);
            long start = System.nanoTime();
            assertThat(run("--data-dir", folder.toString(), "convert", huge, "USD", "2020-10-19")).isEqualTo(1);
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(
                    java.time.Duration.ofSeconds(10)); // opening the data folder is most of it
            assertThat(err.toString().strip()).isEqualTo(huge.startsWith("-") ? "Enter an amount above zero."
                    : "Enter an amount below one trillion (1,000,000,000,000): a larger one cannot be stored.");
        }
        assertThat(out.toString()).isEmpty();
        assertThat(run("--data-dir", folder.toString(), "convert", "999999999999.99", "USD", "2020-10-19"))
                .isZero();
    }

    @Test
    void importsARatesFileAndReportsWhatItDid() throws Exception {
        Path file = java.nio.file.Files.writeString(folder.resolve("eurofxref.csv"),
                "Date, CAD, USD, \n19 October 2020, 1.5600, 1.1785, \n");
        Path data = folder.resolve("data");
        run("--data-dir", data.toString(), "init");
        out.getBuffer().setLength(0);

        assertThat(run("--data-dir", data.toString(), "rates", "import", file.toString())).isZero();

        assertThat(out.toString().lines()).containsExactly(
                "Days read: 1. Rates added: 0; already there: 1; in conflict (not applied): 1.",
                "Conflict, not applied: CAD on 19/10/2020 is stored as 1.5523; the file says 1.5600.");
        assertThat(run("--data-dir", data.toString(), "rates", "import", folder.resolve("none.csv").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("There is no file ").contains("none.csv.");
    }

    @Test
    void updatesTheRatesFromTheEcbAndSaysWhatItDid() throws Exception {
        Path data = folder.resolve("data");
        run("--data-dir", data.toString(), "rates", "import", java.nio.file.Files.writeString(
                folder.resolve("eurofxref.csv"), "Date,USD,CAD,\n2026-11-20,1.0400,1.4500,\n").toString());
        try (var ecb = org.octopusdesk.service.rates.FakeEcbServer.start()) {
            ecb.serve("eurofxref-hist-90d.xml", 200, org.octopusdesk.service.rates.FakeEcbServer.xml(Map.of(
                    LocalDate.of(2026, 11, 27), Map.of("USD", "1.0500", "CAD", "1.4600"),
                    LocalDate.of(2026, 11, 26), Map.of("USD", "1.0490", "CAD", "1.4590"))));
            ecb.serve("eurofxref-hist.zip", 404, new byte[0]);
            out.getBuffer().setLength(0);

            assertThat(run("--data-dir", data.toString(), "rates", "update", "--ecb-url", ecb.base().toString()))
                    .isZero();

            assertThat(out.toString().lines()).containsExactly(
                    "Downloaded " + ecb.base() + "eurofxref-hist-90d.xml (1 KB).",
                    "Days read: 2. Rates added: 4; already there: 0; in conflict (not applied): 0.",
                    "The file covers 26/11/2026 to 27/11/2026; the newest ECB rates stored are of 27/11/2026.");
            assertThat(run("--data-dir", data.toString(), "--lang", "fr", "rates", "update", "--full",
                    "--ecb-url", ecb.base().toString())).isEqualTo(1);
            assertThat(err.toString().strip()).isEqualTo("La BCE a refusé le téléchargement de " + ecb.base()
                    + "eurofxref-hist.zip (statut HTTP 404). Rien n’a été modifié.");
        }
        out.getBuffer().setLength(0);
        assertThat(run("rates", "update", "--help")).isZero();
        assertThat(out.toString()).contains("--full").doesNotContain("--ecb-url");
    }

    @Test
    void listsDonors() {
        run("--data-dir", folder.toString(), "init", "--sample-data");
        out.getBuffer().setLength(0);

        assertThat(run("--data-dir", folder.toString(), "donors", "list")).isZero();

        assertThat(out.toString().lines()).hasSize(5).startsWith("Canada\tstate-party\tCanada")
                .contains("United Kingdom (FCDO)\tpublic-body\tUnited Kingdom");
    }

    @Test
    void controlCharactersInTheDataNeverReachTheTerminal() {
        run("--data-dir", folder.toString(), "init");
        try (TestDatabase database = new TestDatabase(folder)) {
            database.donors().create(new org.octopusdesk.domain.donor.DonorDraft("Bell\u0007 \u001b[2J\u001b[31mRed",
                    org.octopusdesk.domain.donor.DonorKind.STATE_PARTY, "Canada", ""));
        }
        out.getBuffer().setLength(0);

        assertThat(run("--data-dir", folder.toString(), "donors", "list")).isZero();

        assertThat(out.toString()).startsWith("Bell? ?[2J?[31mRed\tstate-party\tCanada").doesNotContain("\u001b");
    }

    @Test
    void listsTheSampleMeetingsBySeriesAndYearWithTheirRealNumbersAndDates() throws Exception {
        run("--data-dir", folder.toString(), "init", "--sample-data");
        out.getBuffer().setLength(0);

        assertThat(run("--data-dir", folder.toString(), "meetings", "list", "--year", "2021")).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "T-CY 25\t25th Plenary\t2021-11-15\t2021-11-15\tonline\t",
                "T-CY 24\t24th Plenary\t2021-05-28\t2021-05-28\tonline\t",
                "T-CY PDP 10\t10th Protocol Drafting Plenary\t2021-05-26\t2021-05-27\tonline\t",
                "T-CY PDP 9\t9th Protocol Drafting Plenary\t2021-04-12\t2021-04-12\tonline\t",
                "T-CY PDP 8\t8th Protocol Drafting Plenary\t2021-02-26\t2021-02-26\tonline\t");

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "meetings", "list", "--series", "plenary")).isZero();
        assertThat(out.toString().lines()).hasSize(18).first()
                .isEqualTo("T-CY 32\t32nd Plenary\t2025-06-02\t2025-06-03\thybrid\tStrasbourg, France and online");
        assertThat(out.toString().lines()).last()
                .isEqualTo("T-CY 6\t6th Plenary\t2011-11-23\t2011-11-24\tnot-recorded\t");

        assertThat(run("--data-dir", folder.toString(), "meetings", "list", "--series", "Assembly")).isEqualTo(1);
        assertThat(err.toString()).contains("No meeting series is called “Assembly”.");

        java.nio.file.Path pdf = folder.resolve("T-CY 23.pdf");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "--lang", "fr", "report", "meeting", "--meeting", "T-CY 23",
                "--out", pdf.toString())).isZero();
        assertThat(out.toString()).contains(pdf.toAbsolutePath().normalize().toString());
        assertThat(org.octopusdesk.report.PdfChecks.text(pdf)).contains("23e réunion plénière (T-CY 23)",
                "Aucun point de l’ordre du jour");
    }

    @Test
    void everyCommandHasHelp() {
        List<List<String>> commands = new ArrayList<>();
        collect(OctopusDeskCommand.commandLine(environment, Map.of()), new ArrayList<>(), commands);
        assertThat(commands).as("read from the command tree, so a new command cannot be forgotten")
                .contains(List.of("contributions", "import"), List.of("donors", "list"), List.of("check"),
                        List.of("meetings", "list"), List.of("report", "meeting"),
                        List.of("report", "donor"));
        for (List<String> command : commands) {
            List<String> args = new ArrayList<>(command);
            args.add("--help");
            out.getBuffer().setLength(0);
            assertThat(run(args.toArray(String[]::new))).as(String.join(" ", args)).isZero();
            assertThat(out.toString()).as(String.join(" ", args))
                    .startsWith("Usage: octopus-desk" + (command.isEmpty() ? "" : " " + String.join(" ", command)))
                    .contains("-h, --help");
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help") && sub.getCommandName().equals(name)) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(name);
                collect(sub, deeper, into);
            }
        });
    }

    @Test
    void checkFindsACorruptedTotalAndSummaryAndRepairRestoresThem() {
        run("--data-dir", folder.toString(), "init", "--sample-data");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "check")).isZero();
        assertThat(out.toString().lines()).singleElement().asString()
                .startsWith("Checked 9 contributions, 9 payments and ").endsWith("agrees with the payments.");

        try (TestDatabase database = new TestDatabase(folder)) {
            database.execute("UPDATE contribution SET received_eur = 1 WHERE reference = 'CA-2020-1'");
            database.execute("UPDATE receipt_by_earmark SET received_eur = received_eur + 0.01 WHERE receipt_year = "
                    + "2020 AND kind = 'UNDISCLOSED'");
        }
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "check")).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactlyInAnyOrder(
                "2 figures differ from the payments (checked 9 contributions and 9 payments).",
                "  Contribution CA-2020-1, received (EUR): stored 1.00, recomputed from the payments 161,051.34",
                "  Receipts of 2020 by earmark, part split without public amounts: stored 206,051.35, recomputed "
                        + "from the payments 206,051.34");

        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "check", "--repair")).isZero();
        assertThat(out.toString()).startsWith("Repaired 2 figures from the payments");
        out.getBuffer().setLength(0);
        assertThat(run("--data-dir", folder.toString(), "check")).isZero();
        assertThat(out.toString()).contains("every figure agrees with the payments");
    }

    @Test
    void withoutACommandItOpensTheWindowWithTheOptions() {
        assertThat(run("--data-dir", folder.toString(), "--lang", "fr", "--sample-data")).isZero();

        assertThat(windows).containsExactly(folder + " fr true");
    }

    @Test
    void theInstallersTrainingStartClosesByItselfAndIsNotOfferedInTheHelp() {
        assertThat(run("--data-dir", folder.toString(), "--cds-training")).isZero();
        assertThat(windows).containsExactly(folder + " null false close-when-ready");

        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--data-dir").doesNotContain("cds");
    }
}
