package org.octopusdesk.service.transfer;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a copy of a whole database from one engine to another did, as checked before it was committed: the rows of
 * every table and the sum of every decimal column (the money amounts and the rates), in the source and in the
 * target. A copy whose figures differ is rolled back, so a report in hand is of a copy that matched.
 *
 * @param from the source, as shown to a person (never a password)
 * @param to the target, likewise
 * @param tables every table, in the order it was copied
 * @param sums every decimal column of every table
 * @param millis how long the copy took, its checks included
 */
public record CopyReport(String from, String to, List<TableCount> tables, List<ColumnSum> sums, long millis) {

    public CopyReport {
        tables = List.copyOf(tables);
        sums = List.copyOf(sums);
    }

    /** All the rows copied. */
    public long rows() {
        return tables.stream().mapToLong(TableCount::target).sum();
    }

    /** Whether every count and every sum is the same on both sides. */
    public boolean matches() {
        return tables.stream().allMatch(TableCount::matches) && sums.stream().allMatch(ColumnSum::matches);
    }

    /** The rows of one table in the source and in the target. */
    public record TableCount(String table, long source, long target) {
        public boolean matches() {
            return source == target;
        }
    }

    /** The sum of one decimal column in the source and in the target; compared by value (2.50 equals 2.5). */
    public record ColumnSum(String table, String column, BigDecimal source, BigDecimal target) {
        public boolean matches() {
            return source.compareTo(target) == 0;
        }
    }
}
