package org.octopusdesk.persistence;

import static org.octopusdesk.persistence.generated.Tables.CONTRIBUTION;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.octopusdesk.service.contributions.ContributionQuery;
import org.octopusdesk.service.contributions.PageRead;

/**
 * Not a test: times the queries of one list page apart (its count, the ids of its first page, the page read
 * through the repository) and prints the plans of the first two as the engine chose them, so that the bench says
 * where a slow list's time goes on each engine (decision 0037). H2 plans with {@code EXPLAIN}, PostgreSQL with
 * {@code EXPLAIN ANALYZE} (the plan it ran, with its times). Repeated identical queries may be answered from H2's
 * cache of their last result (the count and the ids then take a fraction of a millisecond): there the plan says
 * what a first run costs, and the repository's page, which reads rows by their ids, what the rest costs.
 */
public final class ListProfile {

    private static final int RUNS = 5;
    private static final int PAGE = 100;

    private ListProfile() {
    }

    /** Prints the parts of the first page of {@code query} and their plans. */
    public static void print(TestDatabase database, String name, ContributionQuery query, PrintStream out) {
        DSLContext dsl = database.database().dsl();
        JooqContributionRepository contributions = database.database().contributions(database.rates().currencies());
        ResultQuery<?> count = dsl.selectCount().from(ContributionListOrder.joined(query))
                .where(ContributionListOrder.conditions(query));
        ResultQuery<?> ids = dsl.select(CONTRIBUTION.ID).from(ContributionListOrder.joined(query))
                .where(ContributionListOrder.conditions(query)).orderBy(ContributionListOrder.order(query))
                .limit(PAGE);
        Map<String, Supplier<?>> parts = new LinkedHashMap<>();
        parts.put("count", count::fetch);
        parts.put("ids of the first page", ids::fetch);
        parts.put("the first page (repository)", () -> contributions.page(query, PageRead.fromStart(0, PAGE)));
        out.printf("  list profile, %s:%n", name);
        parts.forEach((part, work) -> out.printf(Locale.ROOT, "    %-30s %8.1f ms%n", part,
                median(() -> dsl.transactionResult(configuration -> work.get()))));
        plan(dsl, count, out);
        plan(dsl, ids, out);
    }

    private static void plan(DSLContext dsl, Query query, PrintStream out) {
        boolean server = dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES;
        String explain = (server ? "EXPLAIN ANALYZE " : "EXPLAIN ") + dsl.renderInlined(query);
        for (var row : dsl.fetch(explain)) {
            for (String line : String.valueOf(row.get(0)).split("\n")) {
                out.println("      " + line);
            }
        }
    }

    private static double median(Supplier<?> work) {
        work.get();
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Comparator.naturalOrder());
        return millis.get(RUNS / 2);
    }
}
