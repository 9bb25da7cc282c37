package org.octopusdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.octopusdesk.persistence.TestDatabase;
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
