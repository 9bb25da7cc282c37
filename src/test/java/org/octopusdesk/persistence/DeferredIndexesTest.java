package org.octopusdesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bench's bulk load drops the migrations' indexes and builds each again with its columns, on either engine. */
class DeferredIndexesTest {

    private static final List<String> TABLES = List.of("contribution", "payment");

    @TempDir
    Path folder;

    @Test
    void dropsTheMigrationsIndexesAndBuildsTheSameAgain() {
        try (TestDatabase database = new TestDatabase(folder)) {
            database.database().dsl().connection(connection -> {
                Set<String> before = indexColumns(connection);
                assertThat(before).as("the V27 index of a status with each sorted column, among others")
                        .contains("contribution_status_received_ix(status,received_eur,id)")
                        .contains("payment_date_ix(value_date,contribution_id,eur_amount)");

                DeferredIndexes indexes = DeferredIndexes.drop(connection, database.database().engine(), TABLES,
                        Set.of("payment_contribution_ix"));
                assertThat(indexes.count()).isEqualTo(before.size() - 1);
                assertThat(indexColumns(connection)).as("the one kept")
                        .containsExactly("payment_contribution_ix(contribution_id,value_date)");

                indexes.rebuild(connection);
                assertThat(indexColumns(connection)).isEqualTo(before);
            });
        }
    }

    /** Each "…_ix" index of the two tables as "name(column,column)", read from the standard catalogue views. */
    private static Set<String> indexColumns(Connection connection) throws SQLException {
        Set<String> indexes = new TreeSet<>();
        for (String table : TABLES) {
            Map<String, StringBuilder> columns = new TreeMap<>();
            String stored = connection.getMetaData().storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT)
                    : table;
            try (ResultSet rows = connection.getMetaData().getIndexInfo(null, null, stored, false, false)) {
                while (rows.next()) {
                    String name = rows.getString("INDEX_NAME");
                    if (name != null && name.toLowerCase(Locale.ROOT).endsWith("_ix")) {
                        StringBuilder list = columns.computeIfAbsent(name.toLowerCase(Locale.ROOT),
                                ignored -> new StringBuilder());
                        list.append(list.isEmpty() ? "" : ",")
                                .append(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            columns.forEach((name, list) -> indexes.add(name + "(" + list + ")"));
        }
        return indexes;
    }
}
