package org.octopusdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ContributionImportException;
import org.octopusdesk.service.contributions.ContributionImportReport;
import org.octopusdesk.service.contributions.GeneratedContributionFile;
import org.octopusdesk.service.csv.ImportProgress;

/**
 * Issue 9, finding 6: a valid 100,000-line contributions file imported into a database with the ECB history, and
 * the same file with a bad line at 50,000 refused; the time of each and the database file's size before, just
 * after (still open) and once closed. For trying H2 settings: {@code -Doctopus.bench.sql="SET …"} runs a statement
 * before each import, {@code -Doctopus.bench.validOnly=true} skips the refused file.
 */
final class ImportBenchmark {

    private static final int LINES = 100_000;
    private static final int BAD_LINE = 50_000;

    private ImportBenchmark() {
    }

    static void run(PrintStream out) throws IOException {
        Path files = Files.createTempDirectory("octopus-bench-import");
        Path valid = files.resolve("valid.csv");
        Path refused = files.resolve("refused.csv");
        Files.writeString(valid, GeneratedContributionFile.text(LINES, 0));
        Files.writeString(refused, GeneratedContributionFile.text(LINES, BAD_LINE));
        out.printf("Contributions file: %,d lines, %,d bytes%n", LINES, Files.size(valid));
        if (!Boolean.getBoolean("octopus.bench.validOnly")) {
            measure(out, "refused (bad line %,d)".formatted(BAD_LINE), refused);
        }
        measure(out, "valid", valid);
    }

    private static void measure(PrintStream out, String label, Path file) throws IOException {
        Path folder = Files.createTempDirectory("octopus-bench-import-db");
        Path data = folder.resolve("octopus-desk.mv.db");
        long before;
        long open;
        String outcome;
        long millis;
        long closing;
        TestDatabase database = TestDatabase.withRates(folder);
        try {
            GeneratedContributionFile.prepare(database);
            String setting = System.getProperty("octopus.bench.sql", "");
            if (!setting.isEmpty()) {
                database.execute(setting);
            }
            before = Files.size(data);
            long start = System.nanoTime();
            long[] checkedAt = {0};
            try {
                ContributionImportReport report = database.contributionFiles().importFile(file, false,
                        (stage, done, total) -> {
                            if (stage == ImportProgress.Stage.CHECKED && done == total) {
                                checkedAt[0] = System.nanoTime();
                            }
                        });
                outcome = "%,d pledges, %,d allocations, %,d payments".formatted(report.pledges(),
                        report.allocations(), report.payments());
            } catch (ContributionImportException refusal) {
                outcome = "refused, %d problem(s), first on line %d".formatted(refusal.report().errors().size(),
                        refusal.report().errors().get(0).line());
            }
            millis = (System.nanoTime() - start) / 1_000_000;
            out.printf("  every line checked after %,d ms%n", (checkedAt[0] - start) / 1_000_000);
            open = Files.size(data);
            long checkStart = System.nanoTime();
            var check = database.dataCheck().check(share -> { });
            out.printf("  data check after it: %,d differences (%d ms)%n", check.differenceCount(),
                    (System.nanoTime() - checkStart) / 1_000_000);
        } finally {
            long closeStart = System.nanoTime();
            database.close();
            closing = (System.nanoTime() - closeStart) / 1_000_000;
        }
        out.printf("Contributions import, %s: %,d ms (%s); database file %s before, %s after (open), %s once closed "
                + "(closing took %,d ms)%n", label, millis, outcome, mb(before), mb(open), mb(Files.size(data)),
                closing);
    }

    private static String mb(long bytes) {
        return "%.1f MB".formatted(bytes / 1_048_576.0);
    }
}
