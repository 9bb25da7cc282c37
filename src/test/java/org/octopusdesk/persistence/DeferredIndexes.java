package org.octopusdesk.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The migrations' own indexes of a few tables, dropped before a bulk load and built again after it. A pledge
 * inserted row by row updates each of the contribution table's twenty indexes; an index built once over the loaded
 * table sorts its entries in one pass, several times faster in all. Only indexes named {@code …_ix}, the
 * migrations' convention, are touched; an H2 index a constraint uses stays, as do primary keys.
 */
final class DeferredIndexes {

    private final List<String> definitions;

    private DeferredIndexes(List<String> definitions) {
        this.definitions = definitions;
    }

    /**
     * Drops the deferrable indexes of {@code tables} (lower-case names) but those named in {@code kept}, and
     * remembers how to build them again.
     */
    static DeferredIndexes drop(Connection connection, Engine engine, List<String> tables, Set<String> kept)
            throws SQLException {
        Map<String, String> byName = engine == Engine.POSTGRESQL ? postgresql(connection, tables)
                : h2(connection, tables);
        byName.keySet().removeAll(kept);
        try (Statement statement = connection.createStatement()) {
            for (String name : byName.keySet()) {
                statement.execute("DROP INDEX " + name);
            }
        }
        return new DeferredIndexes(new ArrayList<>(byName.values()));
    }

    /** Builds every dropped index again, with its first definition. */
    void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String definition : definitions) {
                statement.execute(definition);
            }
        }
    }

    int count() {
        return definitions.size();
    }

    private static Map<String, String> postgresql(Connection connection, List<String> tables) throws SQLException {
        Map<String, String> byName = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT indexname, indexdef FROM pg_indexes "
                + "WHERE schemaname = current_schema() AND tablename = ANY (?) AND indexname LIKE '%\\_ix' "
                + "ORDER BY tablename, indexname")) {
            query.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byName.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return byName;
    }

    /** H2 keeps no index's text: it is put together from the index's columns in their order and direction. */
    private static Map<String, String> h2(Connection connection, List<String> tables) throws SQLException {
        Map<String, StringBuilder> columns = new LinkedHashMap<>();
        Map<String, String> tableOf = new LinkedHashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT c.INDEX_NAME, c.TABLE_NAME, "
                + "c.COLUMN_NAME, c.ORDERING_SPECIFICATION FROM INFORMATION_SCHEMA.INDEX_COLUMNS c "
                + "JOIN INFORMATION_SCHEMA.INDEXES i "
                + "ON i.INDEX_SCHEMA = c.INDEX_SCHEMA AND i.INDEX_NAME = c.INDEX_NAME "
                + "WHERE c.TABLE_SCHEMA = SCHEMA() AND i.INDEX_TYPE_NAME = 'INDEX' AND c.INDEX_NAME LIKE '%\\_IX' "
                + "AND c.INDEX_NAME NOT IN (SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS "
                + "WHERE INDEX_NAME IS NOT NULL) ORDER BY c.TABLE_NAME, c.INDEX_NAME, c.ORDINAL_POSITION")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(2).toLowerCase(Locale.ROOT);
                    if (!tables.contains(table)) {
                        continue;
                    }
                    String name = rows.getString(1).toLowerCase(Locale.ROOT);
                    tableOf.put(name, table);
                    StringBuilder list = columns.computeIfAbsent(name, ignored -> new StringBuilder());
                    list.append(list.isEmpty() ? "" : ", ").append(rows.getString(3).toLowerCase(Locale.ROOT));
                    if ("DESC".equals(rows.getString(4))) {
                        list.append(" DESC");
                    }
                }
            }
        }
        Map<String, String> byName = new LinkedHashMap<>();
        columns.forEach((name, list) -> byName.put(name,
                "CREATE INDEX " + name + " ON " + tableOf.get(name) + " (" + list + ")"));
        return byName;
    }
}
