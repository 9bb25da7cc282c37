package org.octopusdesk.service.contributions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.Mutations.Sample;
import org.octopusdesk.service.rates.CurrencyCatalog;
import org.octopusdesk.service.rates.EcbRatesReader;

/**
 * Child process of {@link HostileCorpusTest}, run under a small heap: feeds generated hostile files to the ECB
 * reader and to the contributions and spending imports, and prints "FAIL name: why" for each file that crashed,
 * leaked an exception other than the app's refusal, was imported in part, or took too long; then "ran N files in
 * T ms".
 */
public final class HostileCorpusMain {

    private static final long SECONDS_PER_FILE = 10;
    private static final String NS = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("org.octopusdesk.i18n.messages");
    private static final String HEADER = "record,reference,donor,date,amount,currency,project,share_percent,bank_eur,"
            + "intermediary,cancelled_on,cancel_reason,note\n";
    private static final String GOOD_CONTRIBUTIONS = HEADER
            + "pledge,CA-2020-1,Canada,2020-10-19,250000,CAD,,,,,,,Announced in Strasbourg\n"
            + "allocation,CA-2020-1,,,,,C@O,,,,,,Split not public\n"
            + "allocation,CA-2020-1,,,,,OCTOPUS,,,,,,Split not public\n"
            + "payment,CA-2020-1,,2020-10-19,250000,CAD,,,,,,,\n"
            + "pledge,UK-1,united kingdom (fcdo),2023-03-06,100000,GBP,,,,,2023-06-01,Event moved,\n"
            + "payment,UK-1,,2023-03-06,40000,,,,45000.50,,,,Bank statement\n";

    private static final String GOOD_SPENDING = "project,date,category,description,amount,currency,bank_eur\n"
            + "OCTOPUS,2021-11-18,events,\"Octopus Conference 2021, platform and interpretation\",48000,EUR,\n"
            + "OCTOPUS,2022-03-10,experts,Expert advice on legislation,9500,CHF,\n"
            + "C@O,2019-06-04,travel,Mission to Accra,3200.50,USD,2890.10\n"
            + "c@o,2020-02-14,staff,Project officer (part),12000,EUR,\n";

    private final List<String> failures = new ArrayList<>();
    private int files;

    private HostileCorpusMain() {
    }

    public static void main(String[] args) throws IOException {
        HostileCorpusMain corpus = new HostileCorpusMain();
        // Nothing but the app's messages may reach a terminal: whatever a library prints is a failure.
        java.io.ByteArrayOutputStream console = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(console, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        corpus.ecbFiles(Integer.parseInt(args[1]));
        corpus.contributionFiles(Path.of(args[0]), Integer.parseInt(args[2]));
        corpus.spendingFiles(Path.of(args[0]), Integer.parseInt(args[3]));
        corpus.treatyFiles(Path.of(args[0]), Integer.parseInt(args[4]));
        corpus.failures.forEach(System.out::println);
        if (console.size() > 0) {
            String printed = console.toString(StandardCharsets.UTF_8);
            System.out.println("FAIL printed to the console: " + printed.substring(0, Math.min(500, printed.length()))
                    .replace('\n', '|'));
        }
        System.out.println("ran " + corpus.files + " files in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private void ecbFiles(int perBase) throws IOException {
        EcbRatesReader reader = new EcbRatesReader(CurrencyCatalog.load(), LocalDate.of(2026, 11, 28));
        Mutations mutations = new Mutations(20261201L, 250_000);
        String history = new String(resource("/org/octopusdesk/reference/eurofxref-hist.csv"), StandardCharsets.UTF_8);
        byte[] recent = String.join("\n", history.lines().limit(300).toList()).getBytes(StandardCharsets.UTF_8);
        Stream<Sample> samples = Stream.of(fixedEcbSamples().stream(),
                mutations.of("daily.csv", resource("/ecb/eurofxref-daily_2026-04-13.csv"), perBase),
                mutations.of("daily.xml", resource("/ecb/eurofxref-daily_2017-03-08.xml"), perBase),
                mutations.of("hist.csv", recent, perBase),
                mutations.of("hist.zip", Mutations.zip("eurofxref-hist.csv", recent), perBase / 4))
                .flatMap(stream -> stream);
        samples.forEachOrdered(sample -> check(sample.name(),
                () -> reader.read(sample.name(), new ByteArrayInputStream(sample.content())), () -> true));
    }

    private static List<Sample> fixedEcbSamples() {
        String day = "<Cube time=\"2020-10-19\"><Cube currency=\"CAD\" rate=\"1.5\"/>";
        byte[] xml = ("<e xmlns=\"" + NS + "\"><Cube>" + day + "</Cube></Cube></e>").getBytes(StandardCharsets.UTF_8);
        return List.of(new Sample("empty", new byte[0]),
                new Sample("laughs.xml", ("<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"aaaaaaaaaa\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>"
                        + "<l xmlns=\"" + NS + "\">" + day + "&c;</Cube></l>").getBytes(StandardCharsets.UTF_8)),
                new Sample("xxe.xml", ("<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<e xmlns=\"" + NS + "\">" + day + "&x;</Cube></e>").getBytes(StandardCharsets.UTF_8)),
                new Sample("slip.zip", Mutations.zip("../../etc/evil.csv", xml)),
                new Sample("absolute.zip", Mutations.zip("/tmp/evil.xml", xml)),
                new Sample("nested.zip", Mutations.zip("inner.zip", Mutations.zip("inner.xml", xml))),
                new Sample("several.zip", Mutations.zip("a.xml", xml, xml)),
                new Sample("empty.zip", Mutations.zip("x.xml", new byte[0])),
                new Sample("bomb.zip", Mutations.bomb("eurofxref-hist.xml", 200)),
                new Sample("nested-days.xml", ("<e xmlns=\"" + NS + "\">" + day + day + "</Cube></Cube></e>")
                        .getBytes(StandardCharsets.UTF_8)));
    }

    private void contributionFiles(Path folder, int count) throws IOException {
        try (TestDatabase database = TestDatabase.withRates(folder.resolve("db"))) {
            new ContributionFixture(database);
            ContributionFiles imports = database.contributionFiles();
            Path file = folder.resolve("sample.csv");
            new Mutations(20261202L, 2_000).of("contributions.csv", GOOD_CONTRIBUTIONS.getBytes(StandardCharsets.UTF_8),
                    count).forEachOrdered(sample -> {
                        write(file, sample.content());
                        long before = pledges(database);
                        int[] added = {0};
                        check(sample.name(), () -> added[0] = imports.importFile(file, true).pledges(),
                                () -> pledges(database) == before + added[0]);
                    });
        }
    }

    /** The same mutations of a spending file: whole or nothing, by the count of expenditure lines. */
    private void spendingFiles(Path folder, int count) throws IOException {
        try (TestDatabase database = TestDatabase.withRates(folder.resolve("spending-db"))) {
            new ContributionFixture(database);
            org.octopusdesk.service.spending.SpendingFiles imports = database.spending().files();
            Path file = folder.resolve("spending.csv");
            new Mutations(20261203L, 2_000).of("spending.csv", GOOD_SPENDING.getBytes(StandardCharsets.UTF_8), count)
                    .forEachOrdered(sample -> {
                        write(file, sample.content());
                        long before = expenditures(database);
                        int[] added = {0};
                        check(sample.name(), () -> added[0] = imports.importFile(file).imported(),
                                () -> expenditures(database) == before + added[0]);
                    });
        }
    }

    /**
     * The same mutations of the shipped treaty chart: each starts from an empty chart, so whole or nothing is the
     * count of its lines.
     */
    private void treatyFiles(Path folder, int count) throws IOException {
        try (TestDatabase database = new TestDatabase(folder.resolve("treaty-db"))) {
            Path file = folder.resolve("treaty_chart.csv");
            new Mutations(20261204L, 2_000).of("treaty_chart.csv", resource("/org/octopusdesk/sample/treaty_chart.csv"),
                    count).forEachOrdered(sample -> {
                        write(file, sample.content());
                        database.execute("DELETE FROM treaty_status");
                        int[] added = {0};
                        check(sample.name(), () -> added[0] = database.treaties().importFile(file),
                                () -> database.fetchValue("SELECT COUNT(*) FROM treaty_status", Long.class)
                                        == added[0]);
                    });
        }
    }

    private static long expenditures(TestDatabase database) {
        return database.fetchValue("SELECT COUNT(*) FROM expenditure", Long.class);
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long pledges(TestDatabase database) {
        return database.fetchValue("SELECT COUNT(*) FROM contribution", Long.class);
    }

    /** Runs one file: a result or the app's refusal with known messages, whole or nothing, in time. */
    private void check(String name, ThrowingRun run, java.util.function.BooleanSupplier wholeOrNothing) {
        files++;
        long start = System.nanoTime();
        // Whatever the run throws, an Error included, comes back as a value: the corpus goes on and says so.
        Throwable thrown = CompletableFuture.runAsync(() -> {
            try {
                run.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, Runnable::run).handle((done, failure) -> failure).join();
        Throwable outcome = thrown instanceof CompletionException wrapped ? wrapped.getCause() : thrown;
        if (outcome instanceof ContributionImportException refused) {
            refused.report().errors().stream().filter(problem -> !MESSAGES.containsKey(problem.messageKey()))
                    .forEach(problem -> failures.add("FAIL " + name + ": unknown message " + problem.messageKey()));
        } else if (outcome instanceof org.octopusdesk.service.spending.SpendingImportException refused) {
            refused.report().errors().stream().filter(problem -> !MESSAGES.containsKey(problem.messageKey()))
                    .forEach(problem -> failures.add("FAIL " + name + ": unknown message " + problem.messageKey()));
        } else if (outcome instanceof org.octopusdesk.service.countries.TreatyImportException refused) {
            refused.problems().stream().filter(problem -> !MESSAGES.containsKey(problem.messageKey()))
                    .forEach(problem -> failures.add("FAIL " + name + ": unknown message " + problem.messageKey()));
        } else if (outcome instanceof DomainException refused) {
            if (!MESSAGES.containsKey(refused.messageKey())) {
                failures.add("FAIL " + name + ": unknown message " + refused.messageKey());
            }
        } else if (outcome != null) {
            failures.add("FAIL " + name + ": " + outcome);
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000;
        if (seconds > SECONDS_PER_FILE) {
            failures.add("FAIL " + name + ": took " + seconds + " s");
        }
        if (!wholeOrNothing.getAsBoolean()) {
            failures.add("FAIL " + name + ": imported in part");
        }
    }

    private static byte[] resource(String path) throws IOException {
        try (InputStream in = HostileCorpusMain.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @FunctionalInterface
    private interface ThrowingRun {
        void run() throws IOException;
    }
}
