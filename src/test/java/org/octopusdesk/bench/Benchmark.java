package org.octopusdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.domain.donor.Donor;
import org.octopusdesk.domain.project.Project;
import org.octopusdesk.persistence.BulkContributions;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ContributionPage;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.rates.ImportReport;
import org.octopusdesk.service.rates.RatesService;

/**
 * Not a test: prints how long the operations people wait for take on this machine, on real H2 in temporary folders.
 * Run with {@code mvn -q test-compile exec:java -Dexec.mainClass=org.octopusdesk.bench.Benchmark
 * -Dexec.classpathScope=test}. Figures vary with the machine and its load: compare runs on the same machine.
 */
public final class Benchmark {

    private static final int IMPORT_RUNS = 3;
    private static final int LOOKUPS = 20_000;

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        out.printf("Octopus Desk benchmark, Java %s, %d processors%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        if (List.of(args).contains("--report-only")) {
            ReportBenchmark.run(out);
            return;
        }
        if (List.of(args).contains("--audit-only")) {
            AuditBenchmark.run(out);
            return;
        }
        if (List.of(args).contains("--import-only")) {
            ImportBenchmark.run(out);
            return;
        }
        if (List.of(args).contains("--contributions-only")) {
            measureContributions(out);
            return;
        }
        List<Long> importMillis = new ArrayList<>();
        ImportReport report = null;
        Path lastFolder = null;
        for (int run = 0; run < IMPORT_RUNS; run++) {
            Path folder = Files.createTempDirectory("octopus-bench");
            try (TestDatabase database = new TestDatabase(folder)) {
                long start = System.nanoTime();
                report = database.rates().importShippedHistory(share -> { });
                importMillis.add((System.nanoTime() - start) / 1_000_000);
            }
            lastFolder = folder;
        }
        importMillis.sort(Comparator.naturalOrder());
        out.printf("Full ECB history import into a new database (%d rates, %d days): median %d ms (runs: %s)%n",
                report.added(), report.days(), importMillis.get(IMPORT_RUNS / 2), importMillis);

        try (TestDatabase database = new TestDatabase(lastFolder)) {
            RatesService rates = database.rates();
            long start = System.nanoTime();
            ImportReport again = rates.importShippedHistory(share -> { });
            out.printf("The same import again (adds %d, finds %d already there): %d ms%n", again.added(),
                    again.unchanged(), (System.nanoTime() - start) / 1_000_000);
            measureConversions(rates, out);
        }
        measureContributions(out);
        ReportBenchmark.run(out);
        AuditBenchmark.run(out);
        ImportBenchmark.run(out);
    }

    private static final int CONTRIBUTIONS = 210_000;
    private static final int PAYMENTS_EACH = 5;
    private static final int REPEATS = 5;

    /** The contribution list and the dashboard over a million payments. */
    private static void measureContributions(PrintStream out) throws IOException {
        Path folder = Files.createTempDirectory("octopus-bench-contributions");
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            long start = System.nanoTime();
            BulkContributions.generate(database, 300, 40, CONTRIBUTIONS, PAYMENTS_EACH);
            ContributionService service = database.contributions();
            ContributionPage all = service.page(ContributionQuery.all(), 0, 100);
            long payments = database.database().countPayments();
            out.printf("Generated %,d contributions with %,d payments (direct inserts): %d ms%n", all.total(),
                    payments, (System.nanoTime() - start) / 1_000_000);

            Donor donor = database.donors().list().get(17);
            Project project = database.projects().list().get(5);
            Map<String, ContributionQuery> queries = new LinkedHashMap<>();
            queries.put("first page, newest first", ContributionQuery.all());
            queries.put("first page, by donor name", ContributionQuery.all().sortedBy(ContributionQuery.Sort.DONOR,
                    true));
            queries.put("first page, by received EUR", ContributionQuery.all()
                    .sortedBy(ContributionQuery.Sort.RECEIVED_EUROS, false));
            queries.put("filter: one donor", ContributionQuery.all().withDonor(donor.id()));
            queries.put("filter: one project", ContributionQuery.all().withProject(project.id()));
            queries.put("filter: one year", ContributionQuery.all().withYear(2015));
            queries.put("filter: one currency", ContributionQuery.all().withCurrency("CAD"));
            queries.put("filter: partly received", ContributionQuery.all()
                    .withStatus(ContributionStatus.PARTLY_RECEIVED));
            queries.put("filter: project + year + currency", ContributionQuery.all().withProject(project.id())
                    .withYear(2015).withCurrency("EUR"));
            for (Map.Entry<String, ContributionQuery> query : queries.entrySet()) {
                long[] page = new long[1];
                long millis = median(() -> page[0] = service.page(query.getValue(), 0, 100).total());
                out.printf("Contribution list, %s (%,d match): %d ms a page of 100 with its count%n", query.getKey(),
                        page[0], millis);
            }
            long middle = median(() -> service.page(ContributionQuery.all(), CONTRIBUTIONS / 2, 100));
            out.printf("Contribution list, a page in the middle (offset %,d): %d ms%n", CONTRIBUTIONS / 2, middle);
            long dashboard = median(() -> service.summary(LocalDate.of(2026, 11, 28), 5));
            out.printf("Dashboard money totals (this year, all time by project, outstanding estimate, top donors, "
                    + "by year and donor): %d ms%n", dashboard);
            long past = median(() -> service.summary(LocalDate.of(2015, 6, 30), 5));
            out.printf("Dashboard money totals as of 30/06/2015 (outstanding counts the payments made after): %d ms%n",
                    past);
            long donorTotals = median(() -> service.donorTotals(donor.id(), LocalDate.of(2026, 11, 28)));
            out.printf("One donor's totals and outstanding estimate: %d ms%n", donorTotals);
            long checkStart = System.nanoTime();
            org.octopusdesk.service.check.CheckReport check = database.dataCheck().check(share -> { });
            out.printf("Check of every derived figure (%,d contributions, %,d payments, %,d summary rows): %d ms, "
                    + "%,d differences%n", check.contributions(), check.payments(), check.summaryRows(),
                    (System.nanoTime() - checkStart) / 1_000_000, check.differenceCount());
            StringWriter csv = new StringWriter();
            long exportStart = System.nanoTime();
            int exported = database.contributionFiles().export(ContributionQuery.all().withYear(2015), csv);
            out.printf("Export of one year (%,d contributions, %,d characters): %d ms%n", exported,
                    csv.getBuffer().length(), (System.nanoTime() - exportStart) / 1_000_000);
        }
    }

    /** The median of {@value #REPEATS} runs, in milliseconds, after one run that warms the caches. */
    private static long median(Runnable work) {
        work.run();
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        millis.sort(Comparator.naturalOrder());
        return millis.get(REPEATS / 2);
    }

    /** Conversions at the rate of random weekdays: each finds the last publication up to 4 days before. */
    private static void measureConversions(RatesService rates, PrintStream out) {
        Random random = new Random(42);
        String[] currencies = {"USD", "CAD", "JPY", "GBP", "CHF"};
        LocalDate first = LocalDate.of(2000, 1, 3);
        int days = (int) (LocalDate.of(2026, 4, 10).toEpochDay() - first.toEpochDay());
        int converted = 0;
        long start = System.nanoTime();
        for (int i = 0; i < LOOKUPS; i++) {
            LocalDate date = first.plusDays(random.nextInt(days));
            if (date.getDayOfWeek().getValue() >= 6) {
                date = date.minusDays(2);
            }
            rates.convert(new BigDecimal("250000"), currencies[i % currencies.length], date);
            converted++;
        }
        long micros = (System.nanoTime() - start) / 1_000;
        out.printf("%d conversions (rate lookup in the database, one transaction each): %d ms, %.1f µs each%n",
                converted, micros / 1_000, (double) micros / converted);
    }
}
