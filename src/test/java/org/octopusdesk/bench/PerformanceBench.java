package org.octopusdesk.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.octopusdesk.domain.contribution.Contribution;
import org.octopusdesk.domain.contribution.ContributionStatus;
import org.octopusdesk.persistence.BulkContributions;
import org.octopusdesk.persistence.DashboardProfile;
import org.octopusdesk.persistence.ListProfile;
import org.octopusdesk.persistence.PlainJdbcLimits;
import org.octopusdesk.persistence.TestDatabase;
import org.octopusdesk.service.contributions.ContributionPage;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.ContributionService;
import org.octopusdesk.service.contributions.PageStart;
import org.octopusdesk.service.rates.CurrencyCatalog;

/**
 * Not a test: the speed of what people wait for, each operation beside its floor (the same work done the plainest
 * way, measured in the same run on the same data), so that runs on different machines compare by their ratios.
 * Run with {@code mvn -Pbench verify} (see the README). It builds its data in temporary folders: a million payments
 * over twenty years (250 donors, 40 currencies, shared and split earmarks) and the sample data; windows are started
 * in processes of their own, under an Xvfb of its own when there is no display. It ends with a tab-separated table,
 * one operation a line, whose names stay the same from run to run.
 */
public final class PerformanceBench {

    private static final LocalDate TODAY = TestDatabase.TODAY;
    private static final LocalDate PAST = LocalDate.of(2015, 6, 30);
    private static final int DONORS = 250;
    private static final int PROJECTS = 40;
    private static final int PAYMENTS_EACH = 5;
    private static final int PAGE = 100;
    private static final int REPEATS = 5;
    private static final long SETTLE_MILLIS = 3_000;
    /** The list's goal for every filter and sort (issue 14). */
    private static final double GOAL_MS = 60;

    private final PrintStream out;
    private final int contributions;
    private final int windowRuns;
    private final int tours;
    private final boolean dashboardOnly;
    private final List<Measured> table = new ArrayList<>();

    private PerformanceBench(PrintStream out, int contributions, int windowRuns, int tours, boolean dashboardOnly) {
        this.out = out;
        this.dashboardOnly = dashboardOnly;
        this.contributions = contributions;
        this.windowRuns = windowRuns;
        this.tours = tours;
    }

    /** One operation's time beside its floor. */
    record Measured(String operation, double millis, double limitMillis) {

        String ratio() {
            return limitMillis <= 0 ? "-" : decimal(millis / limitMillis, 2);
        }
    }

    private static String decimal(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        int contributions = intOption(options, "--contributions", 210_000);
        int windowRuns = intOption(options, "--window-runs", 5);
        int tours = intOption(options, "--tours", 3);
        boolean dashboardOnly = options.contains("--dashboard-only");
        // --engine postgresql: the same data and measures on a database of the tests' PostgreSQL server.
        boolean server = options.contains("--engine") && "postgresql".equals(
                options.get(Math.min(options.indexOf("--engine") + 1, options.size() - 1)));
        if (server) {
            System.setProperty(TestDatabase.ENGINE_PROPERTY, "postgresql");
        }
        PerformanceBench bench = new PerformanceBench(System.out, contributions, windowRuns, tours, dashboardOnly);
        try {
            bench.run(options, server);
        } finally {
            // Each run writes about 300 MB of databases; --keep-data leaves them to be looked into.
            if (!options.contains("--keep-data")) {
                bench.out.printf("Temporary folders removed: %d%n", TemporaryFolders.removeAll());
            }
        }
        bench.printTable();
    }

    private void run(List<String> options, boolean server) throws IOException {
        out.printf("Octopus Desk performance bench, Java %s, %d processors, %,d contributions, %s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), contributions,
                server ? "PostgreSQL" : "embedded H2");
        if (options.contains("--first-window-only")) {
            // The window's start alone, e.g. while working on it: no data to build, a few minutes at most.
            try (WindowRuns windows = new WindowRuns()) {
                measureFirstWindow(windows);
            }
            return;
        }
        if (server) {
            // Its floor is a plain insert into H2, and each run would load the ECB history anew over the network.
            out.println("init-ecb and the windows are measured on embedded H2 only");
        } else if (!dashboardOnly) {
            measureInit();
        }
        Path million = measureMoney();
        if (!dashboardOnly && !options.contains("--no-windows") && !server) {
            try (WindowRuns windows = new WindowRuns()) {
                out.printf("Windows on display %s%n", windows.display());
                WindowLaunches.Launch installed = measureFirstWindow(windows);
                measureTours(windows, installed, million);
            }
        }
    }

    private static int intOption(List<String> options, String name, int fallback) {
        int at = options.indexOf(name);
        return at >= 0 && at + 1 < options.size() ? Integer.parseInt(options.get(at + 1)) : fallback;
    }

    /** A first start's loading of the ECB history into a new database, against a plain batch insert of it. */
    private void measureInit() throws IOException {
        CurrencyCatalog currencies = CurrencyCatalog.load();
        double app = median(() -> {
            Path folder = temporaryFolder("octopus-bench-init");
            try (TestDatabase database = new TestDatabase(folder)) {
                return database.rates().importShippedHistory(share -> { }).added();
            }
        });
        double plain = median(() -> PlainJdbcLimits.loadEcbHistory(temporaryFolder("octopus-bench-plain"), currencies,
                TODAY));
        record("init-ecb", app, plain, "new database with its migrations and the ECB history, against a plain "
                + "batch insert of the same rates read by the same reader");
    }

    /** The dashboard and the contribution list over a million payments; returns the folder, closed. */
    private Path measureMoney() throws IOException {
        Path folder = temporaryFolder("octopus-bench-million");
        try (TestDatabase database = TestDatabase.withRates(folder)) {
            long start = System.nanoTime();
            BulkContributions.Generated parts = BulkContributions.generate(database, DONORS, PROJECTS, contributions,
                    PAYMENTS_EACH);
            out.printf("Data: %,d contributions with %,d payments generated in %,d ms (%s)%n", contributions,
                    database.database().countPayments(), (System.nanoTime() - start) / 1_000_000, parts);
            ContributionService service = database.contributions();
            // The generation's own garbage (a million payments' objects) is not the application's to collect; left
            // there, its collection can fall inside the dashboard's timed runs.
            System.gc();
            // The first calls after the data is built run H2's code interpreted and read pages from the disk: they
            // are printed, and the table has the calls once the JIT has compiled that code (decision 0040).
            double firstToday = millis(() -> service.summary(TODAY, 5));
            double firstPast = millis(() -> service.summary(PAST, 5));
            double scan = settledMedian(() -> PlainJdbcLimits.scanPayments(database));
            record("dashboard-today", settledMedian(() -> service.summary(TODAY, 5)), scan,
                    "the dashboard's money as of " + TODAY + ", against one scan of the payments");
            record("dashboard-past", settledMedian(() -> service.summary(PAST, 5)), scan,
                    "the dashboard's money as of " + PAST + ", against the same scan");
            out.printf(Locale.ROOT, "  the first calls, before the JIT settled: as of today %.1f ms, as of %s "
                    + "%.1f ms%n", firstToday, PAST, firstPast);
            DashboardProfile.print(database, TODAY, out);
            DashboardProfile.print(database, PAST, out);
            if (dashboardOnly) {
                return folder;
            }

            double indexedPage = median(() -> PlainJdbcLimits.firstPage(database));
            double firstPage = median(() -> service.page(ContributionQuery.all(), 0, PAGE));
            record("list-first-page", firstPage, indexedPage, "the newest 100 contributions with their count, "
                    + "against one indexed page query");
            measureEveryFilterAndSort(database, service, indexedPage);
            measureDeepPage(service, firstPage);
        }
        return folder;
    }

    /**
     * A person gets deep into the list by next (or previous) from the page shown: the slower of the two from the
     * page at offset ~contributions / 2 is the operation (decision 0032). A page number typed there still walks
     * half the index and is printed beside it, with the last page.
     */
    private void measureDeepPage(ContributionService service, double firstPage) {
        ContributionQuery all = ContributionQuery.all();
        int deep = contributions / 2 / PAGE * PAGE;
        ContributionPage page = service.page(all, deep, PAGE);
        List<Contribution> shown = page.rows();
        double next = median(() -> service.page(all, PageStart.after(shown.get(shown.size() - 1), deep + PAGE,
                page.total()), PAGE));
        double previous = median(() -> service.page(all, PageStart.before(shown.get(0), deep - PAGE, page.total()),
                PAGE));
        out.printf(Locale.ROOT, "  list, next from offset %d: %.1f ms, previous: %.1f ms, page %d typed: %.1f ms, "
                + "last page: %.1f ms%n", deep, next, previous, deep / PAGE + 1,
                median(() -> service.page(all, PageStart.at(deep), PAGE)),
                median(() -> service.page(all, PageStart.at(Integer.MAX_VALUE), PAGE)));
        record("list-deep-page", Math.max(next, previous), firstPage, "next or previous (the slower) from the page "
                + "at offset " + deep + ", against the first page");
    }

    /**
     * Every filter (none included) with every sort in both directions (decision 0037): its first page, the next
     * page from there and the previous page from the third, each the median of its runs. Printed one line each,
     * the slowest first; {@code list-filter-worst} is the slowest page of them all.
     */
    private void measureEveryFilterAndSort(TestDatabase database, ContributionService service, double indexedPage) {
        List<ListTimes> times = new ArrayList<>();
        for (Map.Entry<String, ContributionQuery> filter : listFilters(database).entrySet()) {
            for (ContributionQuery.Sort sort : ContributionQuery.Sort.values()) {
                for (boolean ascending : List.of(true, false)) {
                    ContributionQuery query = filter.getValue().sortedBy(sort, ascending);
                    times.add(listTimes(service, filter.getKey() + ", sorted by " + sort
                            + (ascending ? " ascending" : " descending"), query));
                }
            }
        }
        times.sort(Comparator.comparingDouble(ListTimes::worst).reversed());
        int overGoal = 0;
        for (ListTimes time : times) {
            overGoal += time.worst() > GOAL_MS ? 1 : 0;
            out.printf(Locale.ROOT, "  list, %s: first %.1f ms, next %.1f ms, previous %.1f ms%n", time.name(),
                    time.first(), time.next(), time.previous());
        }
        out.printf(Locale.ROOT, "  list: %d filters and sorts, %d with a page over %.0f ms%n", times.size(), overGoal,
                GOAL_MS);
        ListTimes worst = times.get(0);
        record("list-filter-worst", worst.worst(), indexedPage, "the slowest page of every filter and sort ("
                + worst.name() + ")");
        ListProfile.print(database, "the first page", ContributionQuery.all(), out);
        ListProfile.print(database, worst.name(), worst.query(), out);
    }

    /** A list's first page, the next one from it, and the previous one from the third page, in ms. */
    private record ListTimes(String name, ContributionQuery query, double first, double next, double previous) {

        double worst() {
            return Math.max(first, Math.max(next, previous));
        }
    }

    private static ListTimes listTimes(ContributionService service, String name, ContributionQuery query) {
        ContributionPage first = service.page(query, 0, PAGE);
        double firstMillis = median(() -> service.page(query, 0, PAGE));
        if (first.total() <= PAGE) {
            return new ListTimes(name, query, firstMillis, 0, 0);
        }
        Contribution last = first.rows().get(first.rows().size() - 1);
        double next = median(() -> service.page(query, PageStart.after(last, PAGE, first.total()), PAGE));
        if (first.total() <= 2 * PAGE) {
            return new ListTimes(name, query, firstMillis, next, 0);
        }
        Contribution third = service.page(query, 2 * PAGE, PAGE).rows().get(0);
        return new ListTimes(name, query, firstMillis, next, median(() -> service.page(query,
                PageStart.before(third, PAGE, first.total()), PAGE)));
    }

    /** The list's filters, each then sorted every way; the first is no filter. */
    private static Map<String, ContributionQuery> listFilters(TestDatabase database) {
        var donor = database.donors().list().get(17).id();
        var project = database.projects().list().get(5).id();
        Map<String, ContributionQuery> queries = new LinkedHashMap<>();
        queries.put("no filter", ContributionQuery.all());
        queries.put("one donor", ContributionQuery.all().withDonor(donor));
        queries.put("one project", ContributionQuery.all().withProject(project));
        queries.put("one year", ContributionQuery.all().withYear(2015));
        queries.put("one currency", ContributionQuery.all().withCurrency("CAD"));
        queries.put("the euro", ContributionQuery.all().withCurrency("EUR"));
        for (ContributionStatus status : ContributionStatus.values()) {
            queries.put("status " + status, ContributionQuery.all().withStatus(status));
        }
        queries.put("project, year and currency", ContributionQuery.all().withProject(project).withYear(2015)
                .withCurrency("EUR"));
        return queries;
    }

    /**
     * The application's window over the sample data, against a bare JavaFX window, both from a new process started
     * from jars, without and with a class-data-sharing archive recorded as the installer records it: its first frame
     * (the start-up screen, while the data opens) and its main screen's first frame. Under each line, where the
     * time went (medians): see {@link #printSplit}.
     */
    private WindowLaunches.Launch measureFirstWindow(WindowRuns windows) throws IOException {
        Path sample = temporaryFolder("octopus-bench-sample");
        try (TestDatabase database = TestDatabase.withRates(sample)) {
            database.sampleData().load();
        }
        WindowLaunches launches = new WindowLaunches(temporaryFolder("octopus-bench-launches"));
        WindowLaunches.Launch applicationCds = launches.trainApplication(windows);
        WindowLaunches.Launch bareCds = launches.trainBare(windows);
        Map<String, String> probe = Map.of("octopus.probe", "first-window");
        String[] args = {"--data-dir", sample.toString()};
        String bareClass = BareWindow.class.getName();
        // Alternated, after one of each that warms up, so that a machine whose load changes weighs on all alike.
        List<WindowRuns.Run> runs = new ArrayList<>();
        List<WindowRuns.Run> bareRuns = new ArrayList<>();
        List<WindowRuns.Run> cdsRuns = new ArrayList<>();
        List<WindowRuns.Run> bareCdsRuns = new ArrayList<>();
        for (int i = 0; i <= windowRuns; i++) {
            runs.add(windows.run(launches.application(), WindowLaunches.APPLICATION, probe, args));
            bareRuns.add(windows.run(launches.bare(), bareClass, Map.of()));
            cdsRuns.add(windows.run(applicationCds, WindowLaunches.APPLICATION, probe, args));
            bareCdsRuns.add(windows.run(bareCds, bareClass, Map.of()));
        }
        Stream.of(runs, bareRuns, cdsRuns, bareCdsRuns).forEach(list -> list.remove(0));
        double bare = medianOf(bareRuns, "first-window");
        double bareWithCds = medianOf(bareCdsRuns, "first-window");
        record("first-window", medianOf(runs, "first-window"), bare, "process start to the window's first frame "
                + "(the start-up screen, the data opening behind it), against a bare JavaFX window; from the jars");
        printSplit("the window", runs);
        printSplit("bare window", bareRuns);
        record("main-window", medianOf(runs, "main-window"), bare, "process start to the main screen's first frame "
                + "on the sample data, against the same bare window");
        record("first-window-cds", medianOf(cdsRuns, "first-window"), bareWithCds, "the same first frame with the "
                + "application's AppCDS archive, against the bare window with its own");
        printSplit("the window", cdsRuns);
        printSplit("bare window", bareCdsRuns);
        record("main-window-cds", medianOf(cdsRuns, "main-window"), bareWithCds, "the main screen's first frame "
                + "with the AppCDS archive, against the same bare window with its own");
        return applicationCds;
    }

    /**
     * Prints where a window's time to its first frame went, medians of its runs: the JVM's start to our main, main
     * to asking JavaFX for the window (the command line, the settings), that to the window's start on the FX thread
     * (the toolkit's start, begun earlier by the application), that to the stage shown (the scene built), and that
     * to the first frame laid out.
     */
    private void printSplit(String window, List<WindowRuns.Run> runs) {
        String[] marks = {"main", "fx-startup", "toolkit", "shown", "first-window"};
        String[] names = {"JVM start", "main", "FX toolkit start", "stage shown", "first pulse"};
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%18s %-12s", "", window + ":"));
        for (int i = 0; i < marks.length; i++) {
            String from = i == 0 ? null : marks[i - 1];
            String to = marks[i];
            List<Long> spans = new ArrayList<>(runs.stream().map(run -> run.millisTo(to)
                    - (from == null ? 0 : run.millisTo(from))).sorted().toList());
            line.append(String.format(Locale.ROOT, " %s %,d ms%s", names[i], spans.get(spans.size() / 2),
                    i < marks.length - 1 ? "," : ""));
        }
        out.println(line);
    }

    private static double medianOf(List<WindowRuns.Run> runs, String event) {
        List<Long> millis = new ArrayList<>(runs.stream().map(run -> run.millisTo(event)).toList());
        millis.sort(Comparator.naturalOrder());
        return millis.get(millis.size() / 2);
    }

    /**
     * Every area visited over the million payments, with a pulse timer on the FX thread and the heap after: from the
     * bench's class path, and as the installer runs the application, from its jars mapping the AppCDS archive recorded
     * by the training start, which holds the classes of every area (decision 0039). Between them, the floor: a bare
     * JavaFX window showing ten plain screens of the same kind ({@link BareTour}, decision 0056). The three alternate,
     * {@code tours} of each, so that a machine whose load changes weighs on all alike; each line is their median
     * (decision 0049).
     */
    private void measureTours(WindowRuns windows, WindowLaunches.Launch installed, Path million) {
        List<WindowRuns.Run> fromClassPath = new ArrayList<>();
        List<WindowRuns.Run> fromArchive = new ArrayList<>();
        List<WindowRuns.Run> bare = new ArrayList<>();
        Map<String, String> probe = Map.of("octopus.probe", "tour");
        for (int i = 0; i < tours; i++) {
            fromClassPath.add(windows.run(WindowLaunches.APPLICATION, probe, "--data-dir", million.toString()));
            fromArchive.add(windows.run(installed, WindowLaunches.APPLICATION, probe, "--data-dir",
                    million.toString()));
            bare.add(windows.run(BareTour.class.getName(), Map.of()));
        }
        WindowTours report = new WindowTours(out, this::record);
        report.report(fromClassPath, "fx-longest-block", "from the bench's class path");
        report.report(fromArchive, "fx-longest-block-cds", "from the jars with the application's AppCDS archive");
        report.reportBare(bare, "fx-bare-block");
        // The table's last line, as the issue asks.
        record("heap-mb", WindowTours.largestHeap(fromClassPath), 300, "the window's heap in use after visiting "
                + "every area, in MB, the largest of the visits from the class path, against the 300 MB goal");
    }

    private void record(String operation, double millis, double limitMillis, String what) {
        Measured measured = new Measured(operation, millis, limitMillis);
        table.add(measured);
        String unit = operation.endsWith("-mb") ? "MB" : "ms";
        out.printf(Locale.ROOT, "%-18s %10.1f %s   limit %10.1f %s   ratio %5s   %s%n", operation, millis, unit,
                limitMillis, unit, measured.ratio(), what);
    }

    private void printTable() {
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed()).sum();
        out.printf(Locale.ROOT, "Peak heap of the bench itself: %,d MB; load average at the end %.1f%n%n",
                peak / (1024 * 1024), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.println("operation\tms\tlimit_ms\tratio");
        for (Measured measured : table) {
            out.println(measured.operation() + "\t" + decimal(measured.millis(), 1) + "\t"
                    + decimal(measured.limitMillis(), 1) + "\t" + measured.ratio());
        }
    }

    private static Path temporaryFolder(String prefix) {
        return TemporaryFolders.create(prefix);
    }

    /** The median time of {@value #REPEATS} runs of {@code work}, in milliseconds, after a warm-up. */
    private static double median(Supplier<?> work) {
        return median(REPEATS, () -> millis(work));
    }

    private static double millis(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * The median of {@value #REPEATS} runs after {@value #SETTLE_MILLIS} ms of runs not counted: the summary's first
     * calls ran H2's code interpreted and took twice their later time, falling over some twenty calls (decision 0040).
     * One warm-up run, as {@link #median(Supplier)} has, is enough for the lists' small queries.
     */
    private static double settledMedian(Supplier<?> work) {
        long until = System.nanoTime() + SETTLE_MILLIS * 1_000_000;
        do {
            work.get();
        } while (System.nanoTime() < until);
        return median(REPEATS, () -> millis(work));
    }

    /** The median of {@code runs} measurements, after one that warms up and is not counted. */
    private static double median(int runs, Supplier<Double> measurement) {
        measurement.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            millis.add(measurement.get());
        }
        millis.sort(Comparator.naturalOrder());
        return millis.get(runs / 2);
    }
}
