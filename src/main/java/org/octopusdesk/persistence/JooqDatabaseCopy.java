package org.octopusdesk.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.octopusdesk.domain.DomainException;
import org.octopusdesk.service.ServerDatabase;
import org.octopusdesk.service.transfer.CopyReport;
import org.octopusdesk.service.transfer.DatabaseCopy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The copy of a whole database between the embedded H2 database and a PostgreSQL one, table by table in the order
 * of their foreign keys, through the same jOOQ classes as the repositories: a table a future migration adds is
 * copied without a change here. Both sides are migrated to this version's schema on opening. The copy runs in one
 * transaction of the target, checked (rows of every table, sum of every decimal column) before it commits.
 */
public final class JooqDatabaseCopy implements DatabaseCopy {

    private static final Logger LOG = LoggerFactory.getLogger(JooqDatabaseCopy.class);

    @Override
    public CopyReport toServer(Path folder, ServerDatabase target) {
        Path scratch = scratchFolder();
        try (Database from = Database.open(folder); Database to = Database.open(scratch, target)) {
            return copy(from, to, folder.toString(), target.described());
        }
    }

    @Override
    public CopyReport toEmbedded(ServerDatabase source, Path folder) {
        if (Files.exists(folder.resolve(Database.FILE_NAME + ".mv.db"))) {
            throw new DomainException("error.copy.targetExists", folder.toString());
        }
        Path scratch = scratchFolder();
        try (Database from = Database.open(scratch, source); Database to = Database.open(folder)) {
            return copy(from, to, source.described(), folder.toString());
        }
    }

    /**
     * The server side is opened for a scratch folder: a database opens for a data folder (its lock, its files), and
     * the command's own folder is the embedded side's.
     */
    private static Path scratchFolder() {
        try {
            return Files.createTempDirectory("octopus-copy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CopyReport copy(Database from, Database to, String fromName, String toName) {
        long start = System.nanoTime();
        List<Table<?>> tables = CopyOrder.of(Database.schemaTables());
        Set<String> seeded = Database.tablesFilledByMigrations();
        CopyReport[] report = new CopyReport[1];
        to.dsl().transaction(targetTx -> {
            DSLContext target = DSL.using(targetTx);
            refuseRecords(target, tables, seeded);
            for (int i = tables.size() - 1; i >= 0; i--) {
                target.deleteFrom(tables.get(i)).execute();
            }
            from.dsl().transaction(sourceTx -> {
                DSLContext source = DSL.using(sourceTx);
                for (Table<?> table : tables) {
                    TableCopier.copy(source, target, table);
                }
                report[0] = checked(source, target, tables, fromName, toName, start);
            });
            if (!report[0].matches()) {
                // Thrown inside the transaction: the target is rolled back to empty.
                throw new DomainException("error.copy.mismatch", firstDifference(report[0]));
            }
            // Last, once checked: H2 commits the transaction at a schema statement such as RESTART WITH.
            for (Table<?> table : tables) {
                Identities.restart(target, to.engine(), table);
            }
        });
        LOG.info("Copied {} rows of {} tables from {} to {} in {} ms", report[0].rows(), tables.size(), fromName,
                toName, report[0].millis());
        return report[0];
    }

    /** A target that holds records other than those the migrations themselves write is someone's data. */
    private static void refuseRecords(DSLContext target, List<Table<?>> tables, Set<String> seeded) {
        for (Table<?> table : tables) {
            if (!seeded.contains(table.getName()) && target.fetchExists(table)) {
                throw new DomainException("error.copy.targetNotEmpty",
                        table.getName().toLowerCase(java.util.Locale.ROOT));
            }
        }
    }

    private static CopyReport checked(DSLContext source, DSLContext target, List<Table<?>> tables, String fromName,
            String toName, long start) {
        List<CopyReport.TableCount> counts = new ArrayList<>();
        List<CopyReport.ColumnSum> sums = new ArrayList<>();
        for (Table<?> table : tables) {
            String name = table.getName().toLowerCase(java.util.Locale.ROOT);
            counts.add(new CopyReport.TableCount(name, source.fetchCount(table), target.fetchCount(table)));
            for (Field<?> field : table.fields()) {
                if (BigDecimal.class.equals(field.getType())) {
                    @SuppressWarnings("unchecked")
                    Field<BigDecimal> amount = (Field<BigDecimal>) field;
                    sums.add(new CopyReport.ColumnSum(name, field.getName().toLowerCase(java.util.Locale.ROOT),
                            sum(source, table, amount), sum(target, table, amount)));
                }
            }
        }
        return new CopyReport(fromName, toName, counts, sums, (System.nanoTime() - start) / 1_000_000);
    }

    private static BigDecimal sum(DSLContext dsl, Table<?> table, Field<BigDecimal> column) {
        BigDecimal total = dsl.select(DSL.sum(column)).from(table).fetchOne(0, BigDecimal.class);
        return total == null ? BigDecimal.ZERO : total;
    }

    private static String firstDifference(CopyReport report) {
        return report.tables().stream().filter(count -> !count.matches())
                .map(count -> count.table() + ": " + count.source() + " ≠ " + count.target())
                .findFirst()
                .orElseGet(() -> report.sums().stream().filter(sum -> !sum.matches())
                        .map(sum -> sum.table() + "." + sum.column() + ": " + sum.source() + " ≠ " + sum.target())
                        .findFirst().orElse(""));
    }
}
