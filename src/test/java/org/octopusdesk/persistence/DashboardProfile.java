package org.octopusdesk.persistence;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.octopusdesk.domain.contribution.ContributionDraft;

/**
 * Not a test: times each query the dashboard's money summary makes, one by one, so the bench says which part costs
 * what (decision 0031). Each is the median of five runs after two that warm up, each in its own transaction as the
 * service runs it, in wall time and in the CPU time of the thread (H2 embedded works on it), which a machine loaded
 * by other work disturbs less. Like the bench's own medians, repeated identical queries may be answered from H2's
 * cache of their last result: compare the parts with each other, not with a first run.
 */
public final class DashboardProfile {

    private static final int RUNS = 5;

    private DashboardProfile() {
    }

    /** Profiles the database in the folder {@code args[0]}, as of today and of 30/06/2015. */
    public static void main(String[] args) {
        try (TestDatabase database = new TestDatabase(java.nio.file.Path.of(args[0]))) {
            System.out.printf("%,d payments%n", database.database().countPayments());
            print(database, TestDatabase.TODAY, System.out);
            print(database, LocalDate.of(2015, 6, 30), System.out);
        }
    }

    /** Prints each part of the dashboard as of {@code asOf}, in milliseconds. */
    public static void print(TestDatabase database, LocalDate asOf, PrintStream out) {
        org.jooq.DSLContext dsl = database.database().dsl();
        JooqContributionRepository contributions = database.database().contributions(database.rates().currencies());
        ReceiptSummary summary = new ReceiptSummary(dsl);
        AllocationRows allocations = new AllocationRows(dsl);
        LocalDate yearStart = asOf.withDayOfYear(1);
        Map<String, Supplier<?>> parts = new LinkedHashMap<>();
        parts.put("receipts by earmark, year to date", () -> summary.byEarmark(yearStart, asOf));
        parts.put("receipts by earmark, all time", () -> summary.byEarmark(ContributionDraft.EARLIEST, asOf));
        parts.put("received by edition, year to date", () -> allocations.receivedByEdition(yearStart, asOf));
        parts.put("received by edition, all time", () -> allocations.receivedByEdition(ContributionDraft.EARLIEST,
                asOf));
        parts.put("outstanding amounts", () -> contributions.outstandingByCurrency(asOf));
        parts.put("receipts by year and donor", () -> contributions.receiptsByYearAndDonor(asOf));
        parts.put("oldest outstanding pledges", () -> contributions.outstandingPledges(asOf, 8));
        parts.put("outstanding pledges counted", () -> contributions.countOutstandingPledges(asOf));
        parts.put("euro estimates of the outstanding", () -> contributions.outstandingByCurrency(asOf).stream()
                .map(money -> database.rates().latestEcbRate(money.currency(), asOf)).toList());
        parts.put("the whole summary (service)", () -> database.contributions().summary(asOf, 5));
        out.printf("  dashboard as of %s, by part:%n", asOf);
        parts.forEach((name, work) -> out.printf(Locale.ROOT, "    %-36s %s%n", name,
                median(() -> dsl.transactionResult(configuration -> work.get()))));
    }

    /** The medians of the wall time and of this thread's CPU time (H2 embedded runs on it), in ms. */
    private static String median(Supplier<?> work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        work.get();
        work.get();
        List<Double> wall = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = threads.getCurrentThreadCpuTime();
            work.get();
            cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
            wall.add((System.nanoTime() - start) / 1e6);
        }
        wall.sort(Comparator.naturalOrder());
        cpu.sort(Comparator.naturalOrder());
        return String.format(Locale.ROOT, "%8.1f ms (CPU %6.1f ms)", wall.get(RUNS / 2), cpu.get(RUNS / 2));
    }
}
